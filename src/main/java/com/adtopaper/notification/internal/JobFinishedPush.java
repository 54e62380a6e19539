package com.adtopaper.notification.internal;

import com.adtopaper.jobqueue.JobContext;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.notification.internal.JobFinishedPush.Ended;
import com.adtopaper.printing.JobFinished;
import com.adtopaper.printing.JobStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the member how their print job ended — printed, stopped part way with the rest of
 * its points given back, or expired unreleased — on their devices, through the
 * {@code push} queue (retried like the morning's pushes). A job the member cancelled
 * themselves is not pushed.
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
	 */
	record Ended(String jobId, long memberId, JobStatus status, int pagesPrinted, long pointsReturned) {
	}

	private final JobQueue jobs;

	private final PushJobs pushes;

	JobFinishedPush(JobQueue jobs, PushJobs pushes) {
		this.jobs = jobs;
		this.pushes = pushes;
	}

	@ApplicationModuleListener
	void on(JobFinished finished) {
		if (finished.status() == JobStatus.CANCELLED) {
			return;
		}
		this.jobs.enqueue(TYPE.with(new Ended(finished.jobId(), finished.memberId(), finished.status(),
				finished.pagesPrinted(), finished.pointsReturned()))
			.unique("job-finished-push:" + finished.jobId()));
	}

	@Override
	public JobType<Ended> type() {
		return TYPE;
	}

	@Override
	public void handle(Ended ended, JobContext job) throws Exception {
		this.pushes.push(ended.memberId(), ended.memberId() + 1,
				message(ended.status(), ended.pagesPrinted(), ended.pointsReturned()),
				"pushes of the end of job " + ended.jobId() + " to member " + ended.memberId());
	}

	static PushMessage message(JobStatus status, int pagesPrinted, long pointsReturned) {
		return switch (status) {
			case COMPLETED -> new PushMessage("출력이 끝났어요", pagesPrinted + "쪽을 출력했어요. 프린터에서 찾아가세요.", "job-printed");
			case FAILED -> new PushMessage("출력이 중간에 멈췄어요",
					pagesPrinted + "쪽을 출력했어요. 출력하지 못한 쪽의 " + pointsReturned + " 포인트는 돌려드렸어요.", "job-failed");
			case EXPIRED ->
				new PushMessage("출력 대기가 끝났어요", "출력하지 않은 문서의 " + pointsReturned + " 포인트를 돌려드렸어요.", "job-expired");
			default -> throw new IllegalArgumentException("A job does not end " + status);
		};
	}

}
