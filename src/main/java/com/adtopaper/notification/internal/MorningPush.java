package com.adtopaper.notification.internal;

import java.time.LocalDate;

import com.adtopaper.jobqueue.JobContext;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.notification.internal.MorningPush.Range;
import com.adtopaper.points.MorningPointsGranted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The morning's pushes: a range of members got their points, so a job pushes every live
 * device of those who have not opted out. At least once: a job retried after a partial
 * send may push some devices twice, never none.
 */
@Component
class MorningPush implements JobHandler<Range> {

	static final JobType<Range> TYPE = JobType.of(PushJobs.QUEUE, "notification.morning-push", Range.class);

	/**
	 * @param day the morning
	 * @param fromMemberId the first member of the range
	 * @param toMemberId the first member after it
	 * @param points the points each got
	 */
	record Range(LocalDate day, long fromMemberId, long toMemberId, long points) {
	}

	private final JobQueue jobs;

	private final PushJobs pushes;

	private final PushSettings settings;

	MorningPush(JobQueue jobs, PushJobs pushes, PushSettings settings) {
		this.jobs = jobs;
		this.pushes = pushes;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(MorningPointsGranted granted) {
		this.jobs
			.enqueue(TYPE.with(new Range(granted.day(), granted.fromMemberId(), granted.toMemberId(), granted.points()))
				.unique("morning-push:" + granted.day() + ":" + granted.fromMemberId()));
	}

	@Override
	public JobType<Range> type() {
		return TYPE;
	}

	@Override
	public void handle(Range range, JobContext job) throws Exception {
		var message = new PushMessage(this.settings.morningTitle(),
				this.settings.morningBody().replace("{points}", Long.toString(range.points())), "morning-points");
		this.pushes.push(range.fromMemberId(), range.toMemberId(), message,
				"morning pushes for members " + range.fromMemberId() + " to " + range.toMemberId());
	}

}
