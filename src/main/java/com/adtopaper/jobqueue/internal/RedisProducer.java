package com.adtopaper.jobqueue.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.adtopaper.jobqueue.spi.EncodedJob;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * Enqueues: a plain job is one {@code XADD}; a unique or delayed one goes through
 * {@link RedisScripts#ENQUEUE}, which checks the key and picks the stream or the delayed
 * set atomically. Many jobs are pipelined.
 */
final class RedisProducer {

	/** A unique key outlives a job that is never acknowledged nor buried by a day. */
	private static final String UNIQUE_SECONDS = "86400";

	private final StatefulRedisConnection<String, String> connection;

	private final RedisKeys keys;

	private final RedisEntries entries;

	private final int defaultAttempts;

	private final Clock clock;

	RedisProducer(StatefulRedisConnection<String, String> connection, RedisKeys keys, RedisEntries entries,
			int defaultAttempts, Clock clock) {
		this.connection = connection;
		this.keys = keys;
		this.entries = entries;
		this.defaultAttempts = defaultAttempts;
		this.clock = clock;
	}

	String enqueue(EncodedJob job) {
		String id = UUID.randomUUID().toString();
		if (plain(job)) {
			this.connection.sync().xadd(this.keys.stream(job.queue()), fields(job, id));
			return id;
		}
		return this.connection.sync()
			.eval(RedisScripts.ENQUEUE, ScriptOutputType.VALUE, scriptKeys(job), scriptArgs(job, id));
	}

	List<String> enqueueAll(List<EncodedJob> jobs) {
		var async = this.connection.async();
		List<RedisFuture<String>> futures = new ArrayList<>(jobs.size());
		List<String> ids = new ArrayList<>(jobs.size());
		for (EncodedJob job : jobs) {
			String id = UUID.randomUUID().toString();
			ids.add(id);
			futures.add(plain(job) ? async.xadd(this.keys.stream(job.queue()), fields(job, id))
					: async.eval(RedisScripts.ENQUEUE, ScriptOutputType.VALUE, scriptKeys(job), scriptArgs(job, id)));
		}
		for (int i = 0; i < futures.size(); i++) {
			String answer = RedisJobBroker.await(futures.get(i));
			if (jobs.get(i).uniqueKey() != null && answer != null) {
				ids.set(i, answer);
			}
		}
		return ids;
	}

	private boolean plain(EncodedJob job) {
		return job.uniqueKey() == null && (job.runAt() == null || !job.runAt().isAfter(this.clock.instant()));
	}

	private java.util.Map<String, String> fields(EncodedJob job, String id) {
		return this.entries.fields(job, id, this.defaultAttempts, this.clock.millis());
	}

	private String[] scriptKeys(EncodedJob job) {
		return new String[] { this.keys.stream(job.queue()), this.keys.delayed(job.queue()),
				(job.uniqueKey() != null) ? this.keys.unique(job.uniqueKey()) : "" };
	}

	private String[] scriptArgs(EncodedJob job, String id) {
		long runAt = (job.runAt() != null) ? job.runAt().toEpochMilli() : 0;
		return new String[] { id, Long.toString(runAt), Long.toString(this.clock.millis()), UNIQUE_SECONDS,
				this.entries.toJson(fields(job, id)) };
	}

}
