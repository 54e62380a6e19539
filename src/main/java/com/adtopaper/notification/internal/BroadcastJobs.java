package com.adtopaper.notification.internal;

import java.util.List;

import com.adtopaper.jobqueue.Job;
import com.adtopaper.jobqueue.JobContext;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.PushTarget;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The jobs of an operator's message: one per range of members, pushing it to the live
 * devices of those of the range in its segment who have not opted out, and writing what
 * the services accepted as the range's counts (whole, so that a retry replaces them). At
 * least once, as the morning's pushes: a job retried after a partial send may push some
 * devices twice, never none.
 */
@Component
public final class BroadcastJobs implements JobHandler<BroadcastJobs.Range> {

	static final JobType<Range> TYPE = JobType.of(PushJobs.QUEUE, "notification.broadcast", Range.class);

	/**
	 * @param broadcastId the message
	 * @param fromMemberId the first member of the range
	 * @param toMemberId the first member after it
	 */
	public record Range(long broadcastId, long fromMemberId, long toMemberId) {
	}

	/** The job of one range of a message. */
	public static Job<Range> job(long broadcastId, long fromMemberId, long toMemberId) {
		return TYPE.with(new Range(broadcastId, fromMemberId, toMemberId))
			.unique("broadcast:" + broadcastId + ":" + fromMemberId);
	}

	private record Message(String title, String body, Long schoolId, Integer admissionYear) {
	}

	private final PushDevices devices;

	private final PushDispatcher dispatcher;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	BroadcastJobs(PushDevices devices, PushDispatcher dispatcher, JdbcClient jdbc, TransactionTemplate transaction) {
		this.devices = devices;
		this.dispatcher = dispatcher;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public JobType<Range> type() {
		return TYPE;
	}

	@Override
	public void handle(Range range, JobContext job) throws Exception {
		Message message = this.jdbc
			.sql("select title, body, school_id, admission_year from push_broadcasts where id = ?")
			.param(range.broadcastId())
			.query((rs, row) -> new Message(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
					rs.getObject(4, Integer.class)))
			.single();
		List<PushTarget> targets = this.devices.pushTargets(range.fromMemberId(), range.toMemberId(),
				message.schoolId(), message.admissionYear());
		PushDispatcher.Outcome outcome = targets.isEmpty() ? new PushDispatcher.Outcome(0, 0, 0)
				: this.dispatcher.send(targets, new PushMessage(message.title(), message.body(), "broadcast"));
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("delete from push_broadcast_ranges where broadcast_id = ? and from_member_id = ?")
				.params(range.broadcastId(), range.fromMemberId())
				.update();
			this.jdbc
				.sql("insert into push_broadcast_ranges (broadcast_id, from_member_id, delivered, unregistered, failed)"
						+ " values (?, ?, ?, ?, ?)")
				.params(range.broadcastId(), range.fromMemberId(), outcome.delivered(), outcome.unregistered(),
						outcome.failed())
				.update();
		});
		if (outcome.failed() > 0) {
			throw new IllegalStateException(outcome.failed() + " of " + targets.size() + " pushes of message "
					+ range.broadcastId() + " failed");
		}
	}

}
