package com.adtopaper.jobqueue.internal;

import java.util.HashMap;
import java.util.Map;

import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.spi.JobBroker;

/**
 * The in-process broker keeps the contract: every node of a test is the one broker of the
 * process, and a worker that dies is one whose deliveries are never answered.
 */
class LocalJobBrokerTests extends JobBrokerContractTests {

	private final Map<String, JobBroker> brokers = new HashMap<>();

	@Override
	protected JobBroker node(JobQueueSettings settings) {
		return this.brokers.computeIfAbsent(settings.prefix(), (prefix) -> this.fixture.local(settings));
	}

	@Override
	protected void kill(JobBroker node) {
		// the process lives on: what the worker took stays leased until its lease runs
		// out
	}

	@Override
	protected JobQueueSettings.Store store() {
		return JobQueueSettings.Store.MEMORY;
	}

}
