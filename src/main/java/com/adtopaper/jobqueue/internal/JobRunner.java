package com.adtopaper.jobqueue.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.spi.Delivery;
import com.adtopaper.jobqueue.spi.JobBroker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one delivery with the handler of its type and records how it went: done (to be
 * acknowledged), failed (retried with backoff) or dead (out of attempts, no handler, a
 * payload no handler can read, or delivered more times than its attempts because its
 * workers died).
 */
final class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final JobBroker broker;

	private final Map<String, JobHandler<?>> handlers;

	private final JsonJobCodec codec;

	private final JobQueueSettings settings;

	private final QueueMetrics metrics;

	private final Clock clock;

	JobRunner(JobBroker broker, List<? extends JobHandler<?>> handlers, JsonJobCodec codec, JobQueueSettings settings,
			QueueMetrics metrics, Clock clock) {
		this.broker = broker;
		this.handlers = handlers.stream()
			.collect(Collectors.toMap((h) -> h.type().name(), Function.identity(), (one, other) -> {
				throw new IllegalStateException("Two handlers for job type " + one.type().name());
			}));
		handlers.stream().filter((h) -> !settings.queues().containsKey(h.type().queue())).findFirst().ifPresent((h) -> {
			throw new IllegalStateException("Job type " + h.type().name() + " waits in queue " + h.type().queue()
					+ ", which adtopaper.queue.queues does not list: its jobs would never run");
		});
		this.codec = codec;
		this.settings = settings;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Runs the delivery.
	 * @return whether it ran to the end (and is to be acknowledged)
	 */
	boolean run(Delivery delivery) {
		try {
			JobHandler<?> handler = this.handlers.get(delivery.type());
			if (handler == null) {
				buried(delivery, "No handler for job type " + delivery.type());
				return false;
			}
			if (delivery.attempt() > delivery.maxAttempts()) {
				buried(delivery, "Delivered " + delivery.attempt() + " times without finishing (its workers died)");
				return false;
			}
			handle(handler, delivery);
			this.metrics.count(delivery.queue(), "processed");
			return true;
		}
		catch (JsonJobCodec.UnreadablePayload ex) {
			quietly(delivery, () -> buried(delivery, String.valueOf(ex.getMessage())));
			return false;
		}
		catch (Throwable ex) {
			failed(delivery, ex);
			return false;
		}
	}

	private <P extends Record> void handle(JobHandler<P> handler, Delivery delivery) throws Exception {
		handler.handle(this.codec.decode(handler.type(), delivery.payload()), delivery);
	}

	private void failed(Delivery delivery, Throwable ex) {
		String error = ex.getClass().getName() + ": " + ex.getMessage();
		String trimmed = (error.length() > 2000) ? error.substring(0, 2000) : error;
		this.metrics.count(delivery.queue(), "failed");
		quietly(delivery, () -> {
			if (delivery.attempt() >= delivery.maxAttempts()) {
				buried(delivery, trimmed, ex);
			}
			else {
				Duration wait = Backoff.after(delivery.attempt(), this.settings.backoff(), this.settings.maxBackoff());
				this.broker.failed(delivery, trimmed, this.clock.instant().plus(wait));
				this.metrics.count(delivery.queue(), "retried");
			}
		});
	}

	private void buried(Delivery delivery, String error) {
		buried(delivery, error, null);
	}

	/**
	 * A dead job waits for an operator: logged as an error, with what killed it, so that
	 * error tracking (Sentry, where configured) reports it.
	 */
	private void buried(Delivery delivery, String error, @Nullable Throwable cause) {
		this.broker.dead(delivery, error);
		this.metrics.count(delivery.queue(), "dead");
		if (cause != null) {
			log.error("Job {} ({}) is dead after {} attempt(s)", delivery.id(), delivery.type(), delivery.attempt(),
					cause);
		}
		else {
			log.error("Job {} ({}) is dead after {} attempt(s): {}", delivery.id(), delivery.type(), delivery.attempt(),
					error);
		}
	}

	private static void quietly(Delivery delivery, Runnable recording) {
		try {
			recording.run();
		}
		catch (RuntimeException brokerFailure) {
			// the delivery stays leased and comes back after the lease: it will be tried
			// again
			log.warn("Could not record the failure of job {}", delivery.id(), brokerFailure);
		}
	}

}
