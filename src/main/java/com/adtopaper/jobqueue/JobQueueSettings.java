package com.adtopaper.jobqueue;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The job queue ({@code adtopaper.queue.*}).
 *
 * @param store {@code redis} (production) or {@code memory} (the embedded default)
 * @param prefix the prefix of every Redis key
 * @param lease how long a worker holds a job before another may take it (extended while
 * the handler runs)
 * @param maxAttempts attempts of a job before it is dead, unless the job says otherwise
 * @param backoff the first retry's delay; each next one doubles, with full jitter
 * @param maxBackoff the longest retry delay
 * @param shutdownTimeout how long a stopping worker lets running jobs finish
 * @param queues the queues this application consumes, with their concurrency per node
 * @param consume whether this process runs workers and recurring jobs (an application
 * sets it from its own notion of roles; true unless set)
 */
@Validated
@ConfigurationProperties("adtopaper.queue")
public record JobQueueSettings(@DefaultValue("memory") Store store, @DefaultValue("adtopaper") @NotBlank String prefix,
		@DefaultValue("30s") Duration lease, @DefaultValue("5") @Min(1) int maxAttempts,
		@DefaultValue("1s") Duration backoff, @DefaultValue("10m") Duration maxBackoff,
		@DefaultValue("20s") Duration shutdownTimeout, @DefaultValue Map<String, @Valid Queue> queues,
		@DefaultValue("true") boolean consume) {

	/** Where the jobs are kept. */
	public enum Store {

		MEMORY, REDIS

	}

	/**
	 * @param concurrency jobs of this queue one node runs at once
	 */
	public record Queue(@DefaultValue("4") @Min(1) int concurrency) {
	}

	public JobQueueSettings {
		queues = queues.isEmpty() ? Map.of("default", new Queue(4)) : Map.copyOf(queues);
	}

}
