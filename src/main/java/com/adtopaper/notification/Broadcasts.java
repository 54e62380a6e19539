package com.adtopaper.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.PushDevices.Audience;
import com.adtopaper.notification.internal.BroadcastJobs;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' messages to a segment of members (everyone, a school, an admission year):
 * previewed with the audience they reach, sent as jobs of the push queue (one per range
 * of members, each sending to those of the range in the segment who have not opted out),
 * and counted as the jobs report what the push services accepted.
 */
@Service
public class Broadcasts {

	/** Members per job. */
	static final long RANGE = 1_000;

	private final PushDevices devices;

	private final JobQueue jobs;

	private final JdbcClient jdbc;

	private final Clock clock;

	Broadcasts(PushDevices devices, JobQueue jobs, JdbcClient jdbc, Clock clock) {
		this.devices = devices;
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param schoolId members of this school only, or null
	 * @param admissionYear members admitted this year only, or null
	 */
	public record Segment(@Nullable Long schoolId, @Nullable Integer admissionYear) {
	}

	/**
	 * A message sent, and what it has delivered so far.
	 *
	 * @param audience members it was to reach when it was sent
	 * @param delivered pushes the services accepted
	 * @param unregistered devices the services no longer know (switched off)
	 * @param failed pushes that failed (their job is retried)
	 */
	public record Broadcast(long id, String title, String body, Segment segment, long audience, long createdBy,
			Instant createdAt, long delivered, long unregistered, long failed) {
	}

	/** Whom a message to this segment would reach, now. */
	public Audience preview(Segment segment) {
		return this.devices.audience(segment.schoolId(), segment.admissionYear());
	}

	/**
	 * Sends a message to the segment: one job per range of members.
	 * @return the message's id
	 */
	@Transactional
	public long send(long operatorId, Segment segment, String title, String body) {
		Audience audience = preview(segment);
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql(
				"insert into push_broadcasts (title, body, school_id, admission_year, audience, created_by, created_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(title, body, segment.schoolId(), segment.admissionYear(), audience.members(), operatorId,
					LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (long from = audience.fromMemberId(); from < audience.toMemberId(); from += RANGE) {
			this.jobs.enqueue(BroadcastJobs.job(id, from, Math.min(from + RANGE, audience.toMemberId())));
		}
		return id;
	}

	/** The latest messages, newest first. */
	@Transactional(readOnly = true)
	public List<Broadcast> latest(int limit) {
		return this.jdbc
			.sql("""
					select b.*, coalesce(sum(r.delivered), 0) as delivered, coalesce(sum(r.unregistered), 0) as unregistered,
					       coalesce(sum(r.failed), 0) as failed
					from push_broadcasts b left join push_broadcast_ranges r on r.broadcast_id = b.id
					group by b.id, b.title, b.body, b.school_id, b.admission_year, b.audience, b.created_by, b.created_at
					order by b.id desc limit ?""")
			.param(limit)
			.query((rs, row) -> new Broadcast(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
					new Segment(rs.getObject("school_id", Long.class), rs.getObject("admission_year", Integer.class)),
					rs.getLong("audience"), rs.getLong("created_by"),
					rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong("delivered"),
					rs.getLong("unregistered"), rs.getLong("failed")))
			.list();
	}

}
