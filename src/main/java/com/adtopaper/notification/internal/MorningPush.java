package com.adtopaper.notification.internal;

import com.adtopaper.member.Members;
import com.adtopaper.platform.queue.Job;
import com.adtopaper.platform.queue.JobContext;
import com.adtopaper.platform.queue.JobHandler;
import com.adtopaper.platform.queue.JobQueue;
import com.adtopaper.points.MorningPointsGranted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The morning's pushes: a range of members got their points, so a job pushes every live
 * device of those who have not opted out. At least once: a job retried after a partial
 * send may push some devices twice, never none.
 */
@Component
class MorningPush implements JobHandler {

	static final String TYPE = "notification.morning-push";

	private static final Logger log = LoggerFactory.getLogger(MorningPush.class);

	private final JobQueue jobs;

	private final Members members;

	private final PushDispatcher dispatcher;

	private final PushSettings settings;

	MorningPush(JobQueue jobs, Members members, PushDispatcher dispatcher, PushSettings settings) {
		this.jobs = jobs;
		this.members = members;
		this.dispatcher = dispatcher;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(MorningPointsGranted granted) {
		this.jobs
			.enqueue(Job
				.of("push", TYPE,
						granted.day() + "|" + granted.fromMemberId() + "|" + granted.toMemberId() + "|"
								+ granted.points())
				.unique("morning-push:" + granted.day() + ":" + granted.fromMemberId()));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void handle(JobContext job) throws Exception {
		String[] parts = job.payload().split("\\|");
		var targets = this.members.pushTargets(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
		var message = new PushMessage(this.settings.morningTitle(),
				this.settings.morningBody().replace("{points}", parts[3]), "morning-points");
		PushDispatcher.Outcome outcome = this.dispatcher.send(targets, message);
		if (outcome.failed() > 0) {
			throw new IllegalStateException(outcome.failed() + " of " + targets.size() + " morning pushes for members "
					+ parts[1] + " to " + parts[2] + " failed");
		}
		log.debug("Morning pushes for members {} to {}: {}", parts[1], parts[2], outcome);
	}

}
