package com.adtopaper.notification.internal;

import java.util.List;

import com.adtopaper.member.Members;
import com.adtopaper.member.PushTarget;
import com.adtopaper.platform.queue.Job;
import com.adtopaper.platform.queue.JobContext;
import com.adtopaper.platform.queue.JobHandler;
import com.adtopaper.platform.queue.JobQueue;
import com.adtopaper.printing.JobFinished;
import com.adtopaper.printing.JobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the member how their print job ended — printed, stopped part way with the rest of
 * its points given back, or expired unreleased — on their devices, through the
 * {@code push} queue (retried like the morning's pushes). A job the member cancelled
 * themselves is not pushed.
 */
@Component
class JobFinishedPush implements JobHandler {

	static final String TYPE = "notification.job-finished";

	private static final Logger log = LoggerFactory.getLogger(JobFinishedPush.class);

	private final JobQueue jobs;

	private final Members members;

	private final PushDispatcher dispatcher;

	JobFinishedPush(JobQueue jobs, Members members, PushDispatcher dispatcher) {
		this.jobs = jobs;
		this.members = members;
		this.dispatcher = dispatcher;
	}

	@ApplicationModuleListener
	void on(JobFinished finished) {
		if (finished.status() == JobStatus.CANCELLED) {
			return;
		}
		this.jobs.enqueue(Job
			.of("push", TYPE,
					String.join("|", finished.jobId(), Long.toString(finished.memberId()), finished.status().name(),
							Integer.toString(finished.pagesPrinted()), Long.toString(finished.pointsReturned())))
			.unique("job-finished-push:" + finished.jobId()));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void handle(JobContext job) throws Exception {
		String[] parts = job.payload().split("\\|");
		long member = Long.parseLong(parts[1]);
		List<PushTarget> targets = this.members.pushTargets(member, member + 1);
		if (targets.isEmpty()) {
			return;
		}
		PushMessage message = message(JobStatus.valueOf(parts[2]), Integer.parseInt(parts[3]),
				Long.parseLong(parts[4]));
		PushDispatcher.Outcome outcome = this.dispatcher.send(targets, message);
		if (outcome.failed() > 0) {
			throw new IllegalStateException(
					outcome.failed() + " of " + targets.size() + " pushes for job " + parts[0] + " failed");
		}
		log.debug("Pushed the end of job {} to member {}: {}", parts[0], member, outcome);
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
