package com.adtopaper.points;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.points.internal.MorningJobTypes;
import com.adtopaper.points.internal.MorningSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning: every day at 08:30 in Seoul every member gets the day's free points, once,
 * and (through {@link MorningPointsGranted}) a push saying so. The work runs as jobs: one
 * job splits the members into ranges, one job per range credits it with a few set-based
 * statements.
 */
@Service
public class Morning {

	private final JobQueue jobs;

	private final JdbcClient jdbc;

	private final MorningSettings settings;

	private final Clock clock;

	Morning(JobQueue jobs, JdbcClient jdbc, MorningSettings settings, Clock clock) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** The free points every member gets each morning. */
	public long pointsEachMorning() {
		return this.settings.points();
	}

	/** Whether the member got today's (Seoul) morning points. */
	@Transactional(readOnly = true)
	public boolean creditedToday(long memberId) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Seoul")));
		return this.jdbc.sql("select count(*) from points_ledger where idempotency_key = ?")
			.param("morning:" + today + ":" + memberId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * What a day's morning has credited so far.
	 *
	 * @param day the day (Seoul)
	 * @param members members credited
	 * @param points points credited in all
	 */
	public record Summary(LocalDate day, long members, long points) {
	}

	/** What the morning of each of these days credited, the latest first. */
	@Transactional(readOnly = true)
	public List<Summary> summaries(LocalDate from, LocalDate to) {
		List<Summary> days = new ArrayList<>();
		for (LocalDate day = to; !day.isBefore(from); day = day.minusDays(1)) {
			// the morning's entries are keyed morning:<day>:<member> (a range of the
			// unique index on the key)
			LocalDate shown = day;
			days.add(this.jdbc
				.sql("select count(*), coalesce(sum(points), 0) from points_ledger where idempotency_key like ?")
				.param("morning:" + day + ":%")
				.query((rs, row) -> new Summary(shown, rs.getLong(1), rs.getLong(2)))
				.single());
		}
		return days;
	}

	/**
	 * Starts the morning of a day. Starting it again (a second node, a retry, an
	 * operator) credits nobody twice.
	 * @return the id of the day's morning job
	 */
	public String start(LocalDate day) {
		return this.jobs.enqueue(MorningJobTypes.START.with(new MorningJobTypes.Start(day)).unique("morning:" + day));
	}

}
