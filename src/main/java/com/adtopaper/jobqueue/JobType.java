package com.adtopaper.jobqueue;

import java.util.Objects;

/**
 * A kind of job: the queue it waits in, the name it has on the wire and the record its
 * payload is (encoded as JSON). Declare each type once, as a constant of the module that
 * owns it, and use that constant both to enqueue and in its {@link JobHandler}.
 *
 * @param <P> the payload record
 * @param queue the queue its jobs wait in (each queue has its own workers and
 * concurrency, {@code adtopaper.queue.queues.<queue>})
 * @param name what the job is, unique across queues; jobs already waiting match their
 * handler by it, so keep it when the code moves
 * @param payload the payload record's class
 */
public record JobType<P extends Record>(String queue, String name, Class<P> payload) {

	public JobType {
		Objects.requireNonNull(queue, "queue");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(payload, "payload");
	}

	public static <P extends Record> JobType<P> of(String queue, String name, Class<P> payload) {
		return new JobType<>(queue, name, payload);
	}

	/** A job of this type, to enqueue now, with the queue's default attempts. */
	public Job<P> with(P payload) {
		return Job.of(this, payload);
	}

}
