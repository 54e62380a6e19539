package com.adtopaper.notification.internal;

import java.util.List;

import com.adtopaper.member.PushDevices;
import com.adtopaper.member.PushTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What the push jobs share: the {@code push} queue, and a send to the live devices of a
 * range of members that fails the job (so that it is retried) if any push failed.
 */
@Component
class PushJobs {

	static final String QUEUE = "push";

	private static final Logger log = LoggerFactory.getLogger(PushJobs.class);

	private final PushDevices devices;

	private final PushDispatcher dispatcher;

	PushJobs(PushDevices devices, PushDispatcher dispatcher) {
		this.devices = devices;
		this.dispatcher = dispatcher;
	}

	/**
	 * Pushes the message to every live device of the members from {@code fromMember}
	 * (inclusive) to {@code toMember} (exclusive) who have not opted out.
	 * @param what the pushes, for the error and the log
	 */
	void push(long fromMember, long toMember, PushMessage message, String what) throws InterruptedException {
		List<PushTarget> targets = this.devices.pushTargets(fromMember, toMember);
		if (targets.isEmpty()) {
			return;
		}
		PushDispatcher.Outcome outcome = this.dispatcher.send(targets, message);
		if (outcome.failed() > 0) {
			throw new IllegalStateException(outcome.failed() + " of " + targets.size() + " " + what + " failed");
		}
		log.debug("{}: {}", what, outcome);
	}

}
