package com.adtopaper.printing.internal;

import java.util.Locale;

import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What printing does, in Micrometer, counted once the change is committed (a rolled back
 * report printed nothing): {@code adtopaper.printing.jobs} by event ({@code created}, or
 * how it ended: {@code completed}, {@code failed}, {@code cancelled}, {@code expired}),
 * {@code adtopaper.printing.sides} printed, and {@code adtopaper.printing.failures} by
 * {@link FailureReason}.
 */
@Component
public class PrintingMetrics {

	private final MeterRegistry registry;

	private final Counter sides;

	PrintingMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.sides = Counter.builder("adtopaper.printing.sides")
			.description("Sides printers reported printed")
			.register(registry);
		// every series from the start, so that a dashboard shows a zero rather than no
		// data
		jobs("created", 0);
		for (JobStatus status : JobStatus.values()) {
			if (status.finished()) {
				jobs(status.name().toLowerCase(Locale.ROOT), 0);
			}
		}
		for (FailureReason reason : FailureReason.values()) {
			failures(reason, 0);
		}
	}

	/** A member created a job. */
	public void created() {
		afterCommit(() -> jobs("created", 1));
	}

	void printed(int sides) {
		afterCommit(() -> this.sides.increment(sides));
	}

	void finished(JobStatus status, @Nullable FailureReason reason) {
		afterCommit(() -> {
			jobs(status.name().toLowerCase(Locale.ROOT), 1);
			if (status == JobStatus.FAILED) {
				failures(reason, 1);
			}
		});
	}

	private void jobs(String event, int jobs) {
		Counter.builder("adtopaper.printing.jobs")
			.description("Print jobs created and ended")
			.tag("event", event)
			.register(this.registry)
			.increment(jobs);
	}

	private void failures(@Nullable FailureReason reason, int jobs) {
		Counter.builder("adtopaper.printing.failures")
			.description("Jobs that failed, by why")
			.tag("reason", (reason != null) ? reason.name().toLowerCase(Locale.ROOT) : "unknown")
			.register(this.registry)
			.increment(jobs);
	}

	private static void afterCommit(Runnable count) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			count.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				count.run();
			}
		});
	}

}
