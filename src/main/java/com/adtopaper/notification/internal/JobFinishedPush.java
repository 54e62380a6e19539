package com.adtopaper.notification.internal;

import java.util.Locale;

import com.adtopaper.jobqueue.JobContext;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.notification.internal.JobFinishedPush.Ended;
import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobFinished;
import com.adtopaper.printing.JobStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the member how their print job ended — printed, stopped part way with the rest of
 * its points given back, failed before it printed anything, or expired unreleased — and
 * why it failed, in the member's terms ({@link FailureReason}, never the printer's
 * words), on their devices, through the {@code push} queue (retried like the morning's
 * pushes). A job the member cancelled themselves is not pushed. Members keep no language
 * yet, so a push says it as the site does: Korean, then English.
 */
@Component
class JobFinishedPush implements JobHandler<Ended> {

	static final JobType<Ended> TYPE = JobType.of(PushJobs.QUEUE, "notification.job-finished", Ended.class);

	/**
	 * @param jobId the print job
	 * @param memberId its member
	 * @param status how it ended
	 * @param pagesPrinted the sides it printed
	 * @param pointsReturned the points given back
	 * @param failureReason why it failed, if it did (none in a job queued before reasons
	 * were kept)
	 */
	record Ended(String jobId, long memberId, JobStatus status, int pagesPrinted, long pointsReturned,
			@Nullable FailureReason failureReason) {
	}

	private final JobQueue jobs;

	private final PushJobs pushes;

	private final MessageSource messages;

	JobFinishedPush(JobQueue jobs, PushJobs pushes, MessageSource messages) {
		this.jobs = jobs;
		this.pushes = pushes;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(JobFinished finished) {
		if (finished.status() == JobStatus.CANCELLED) {
			return;
		}
		this.jobs.enqueue(TYPE
			.with(new Ended(finished.jobId(), finished.memberId(), finished.status(), finished.pagesPrinted(),
					finished.pointsReturned(), finished.failureReason()))
			.unique("job-finished-push:" + finished.jobId()));
	}

	@Override
	public JobType<Ended> type() {
		return TYPE;
	}

	@Override
	public void handle(Ended ended, JobContext job) throws Exception {
		this.pushes.push(ended.memberId(), ended.memberId() + 1, message(ended),
				"pushes of the end of job " + ended.jobId() + " to member " + ended.memberId());
	}

	PushMessage message(Ended ended) {
		String name = switch (ended.status()) {
			case COMPLETED -> "printed";
			case FAILED -> (ended.pagesPrinted() > 0) ? "stopped" : "unprinted";
			case EXPIRED -> "expired";
			default -> throw new IllegalArgumentException("A job does not end " + ended.status());
		};
		FailureReason reason = ended.failureReason();
		Object[] arguments = { ended.pagesPrinted(), ended.pointsReturned(), reason(reason, Locale.KOREAN),
				reason(reason, Locale.ENGLISH) };
		return new PushMessage(text("push.job." + name + ".title", arguments),
				text("push.job." + name + ".body", arguments), "job-" + ((ended.status() == JobStatus.COMPLETED)
						? "printed" : ended.status().name().toLowerCase(Locale.ROOT)));
	}

	/** The reason's sentence and a space, or nothing. */
	private String reason(@Nullable FailureReason reason, Locale locale) {
		return (reason != null) ? this.messages.getMessage(reason.messageKey(locale), null, locale) + " " : "";
	}

	private String text(String key, Object[] arguments) {
		return this.messages.getMessage(key, arguments, Locale.KOREAN);
	}

}
