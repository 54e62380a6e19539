package com.adtopaper.jobqueue;

import java.time.Duration;

/**
 * How a queue is doing, across all nodes.
 *
 * @param queue the queue
 * @param depth jobs waiting or running
 * @param delayed jobs waiting for their time (delayed jobs and retries)
 * @param dead jobs that ran out of attempts
 * @param oldestAge the age of the oldest job waiting or running
 */
public record QueueStats(String queue, long depth, long delayed, long dead, Duration oldestAge) {

}
