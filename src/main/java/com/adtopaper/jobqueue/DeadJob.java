package com.adtopaper.jobqueue;

import java.time.Instant;

/**
 * A job that ran out of attempts.
 *
 * @param id its id
 * @param queue its queue
 * @param type its type
 * @param payload its payload, as JSON
 * @param attempts how many times it ran
 * @param lastError the error of its last attempt
 * @param failedAt when it failed for the last time
 */
public record DeadJob(String id, String queue, String type, String payload, int attempts, String lastError,
		Instant failedAt) {

}
