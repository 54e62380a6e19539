package com.adtopaper.jobqueue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.adtopaper.jobqueue.DeadJob;
import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.QueueStats;
import com.adtopaper.jobqueue.spi.Delivery;
import com.adtopaper.jobqueue.spi.EncodedJob;
import com.adtopaper.jobqueue.spi.JobBroker;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.jspecify.annotations.Nullable;

/**
 * The job queue in Redis, on streams with a consumer group.
 * <h2>Why streams and not lists</h2> A stream with a consumer group is a queue with
 * leases built in: {@code XREADGROUP} hands each entry to one consumer and records it as
 * pending with the time it was delivered; {@code XACK} ends it; an entry pending longer
 * than the lease belongs to a dead worker and is claimed by another ({@code XPENDING}
 * with {@code IDLE}, then {@code XCLAIM}, which also counts deliveries, so a job that
 * kills its workers ends dead instead of looping). A running handler's lease is extended
 * by claiming its entry again for itself ({@code XCLAIM ... JUSTID}, which resets the
 * idle time). Reads block and come in batches. Lists with {@code LMOVE} give the same
 * at-least-once delivery but leave leases, delivery counts and recovery to be built
 * beside them.
 * <p>
 * Around the stream: delayed jobs and retries wait in a sorted set scored by their time
 * and are moved into the stream by whichever worker gets there first (a Lua script, so a
 * job is moved once); dead jobs sit in a hash with their last error; a unique key is a
 * string that holds the job's id until the job is done or dead. Acknowledgements are
 * batched.
 * <p>
 * The job's data is in the stream entry; an acknowledged entry is deleted, so the
 * stream's length is the queue's depth. What Redis loses when it restarts without
 * persistence, the queue loses (see README.md, "Job queue").
 * <p>
 * This class hands each part to its own: {@link RedisProducer} (enqueueing),
 * {@link RedisConsumer} (taking, acknowledging, leases, due delayed jobs, jobs of dead
 * workers), {@link RedisDeadLetters} (retries and dead jobs), {@link RedisKeys} and
 * {@link RedisScripts}; the queue's numbers are here.
 */
final class RedisJobBroker implements JobBroker {

	private final RedisClient client;

	private final StatefulRedisConnection<String, String> connection;

	private final RedisCommands<String, String> redis;

	private final RedisKeys keys;

	private final RedisProducer producer;

	private final RedisConsumer consumer;

	private final RedisDeadLetters deadLetters;

	private final JobQueueSettings settings;

	private final Clock clock;

	RedisJobBroker(RedisClient client, JobQueueSettings settings, Clock clock) {
		this.client = client;
		this.connection = client.connect();
		this.redis = this.connection.sync();
		this.keys = new RedisKeys(settings.prefix());
		var entries = new RedisEntries();
		this.producer = new RedisProducer(this.connection, this.keys, entries, settings.maxAttempts(), clock);
		this.consumer = new RedisConsumer(client, this.connection, this.keys, entries, settings.lease(), clock);
		this.deadLetters = new RedisDeadLetters(this.redis, this.keys, entries, clock);
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Duration lease() {
		return this.settings.lease();
	}

	@Override
	public String enqueue(EncodedJob job) {
		return this.producer.enqueue(job);
	}

	@Override
	public List<String> enqueueAll(List<EncodedJob> jobs) {
		return this.producer.enqueueAll(jobs);
	}

	@Override
	public void open(String queue) {
		this.consumer.open(queue);
	}

	@Override
	public List<Delivery> take(String queue, int max, Duration wait) {
		return this.consumer.take(queue, max, wait);
	}

	@Override
	public void done(String queue, List<Delivery> deliveries) {
		this.consumer.done(queue, deliveries);
	}

	@Override
	public void failed(Delivery delivery, String error, Instant retryAt) {
		this.deadLetters.failed(delivery, error, retryAt);
	}

	@Override
	public void dead(Delivery delivery, String error) {
		this.deadLetters.dead(delivery, error);
	}

	@Override
	public void extend(String queue, List<Delivery> running) {
		this.consumer.extend(queue, running);
	}

	@Override
	public void maintain(String queue) {
		this.consumer.promoteDue(queue);
		this.consumer.reclaimAbandoned(queue);
	}

	@Override
	public List<QueueStats> stats() {
		List<QueueStats> stats = new ArrayList<>();
		for (String queue : this.settings.queues().keySet()) {
			String stream = this.keys.stream(queue);
			List<StreamMessage<String, String>> oldest = this.redis.xrange(stream, Range.create("-", "+"),
					Limit.from(1));
			// an entry's id starts with the millisecond it was added
			Duration age = oldest.isEmpty() ? Duration.ZERO : Duration.ofMillis(Math.max(0, this.clock.millis()
					- Long.parseLong(oldest.getFirst().getId().substring(0, oldest.getFirst().getId().indexOf('-')))));
			stats.add(new QueueStats(queue, this.redis.xlen(stream), this.redis.zcard(this.keys.delayed(queue)),
					this.redis.hlen(this.keys.dead(queue)), age));
		}
		return stats;
	}

	@Override
	public List<DeadJob> deadJobs(String queue, int limit) {
		return this.deadLetters.list(queue, limit);
	}

	@Override
	public boolean retryDead(String queue, String jobId) {
		return this.deadLetters.retry(queue, jobId);
	}

	@Override
	public boolean discardDead(String queue, String jobId) {
		return this.deadLetters.discard(queue, jobId);
	}

	static <T> @Nullable T await(RedisFuture<T> future) {
		try {
			return future.get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while talking to Redis", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Redis did not answer", ex);
		}
	}

	@Override
	public void close() {
		this.consumer.close();
		this.connection.close();
		this.client.shutdown();
	}

}
