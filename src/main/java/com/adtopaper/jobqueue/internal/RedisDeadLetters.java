package com.adtopaper.jobqueue.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.adtopaper.jobqueue.DeadJob;
import com.adtopaper.jobqueue.spi.Delivery;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Failures: a retry leaves the stream for the delayed set, a dead job for the dead hash
 * (its unique key released), both in one script; operators list, retry and discard the
 * dead.
 */
final class RedisDeadLetters {

	private final RedisCommands<String, String> redis;

	private final RedisKeys keys;

	private final RedisEntries entries;

	private final Clock clock;

	RedisDeadLetters(RedisCommands<String, String> redis, RedisKeys keys, RedisEntries entries, Clock clock) {
		this.redis = redis;
		this.keys = keys;
		this.entries = entries;
		this.clock = clock;
	}

	void failed(Delivery delivery, String error, Instant retryAt) {
		var next = this.entries.fields(delivery.nextAttempt());
		next.put("error", error);
		fail(delivery, "retry", retryAt.toEpochMilli(), this.entries.toJson(next));
	}

	void dead(Delivery delivery, String error) {
		var dead = this.entries.fields(delivery);
		dead.put("error", error);
		dead.put("failedAt", Long.toString(this.clock.millis()));
		fail(delivery, "dead", 0, this.entries.toJson(dead));
	}

	private void fail(Delivery delivery, String outcome, long retryAt, String job) {
		String queue = delivery.queue();
		this.redis.eval(RedisScripts.FAIL, ScriptOutputType.INTEGER,
				new String[] { this.keys.stream(queue), this.keys.delayed(queue), this.keys.dead(queue),
						this.keys.unique(delivery.uniqueKey()) },
				RedisKeys.GROUP, delivery.ticket(), outcome, Long.toString(retryAt), job, delivery.id());
	}

	List<DeadJob> list(String queue, int limit) {
		return this.redis.hvals(this.keys.dead(queue))
			.stream()
			.map(this.entries::deadJob)
			.sorted(Comparator.comparing(DeadJob::failedAt))
			.limit(limit)
			.toList();
	}

	boolean retry(String queue, String jobId) {
		Long moved = this.redis.eval(RedisScripts.RETRY_DEAD, ScriptOutputType.INTEGER,
				new String[] { this.keys.dead(queue), this.keys.stream(queue) }, jobId);
		return moved != null && moved == 1;
	}

	boolean discard(String queue, String jobId) {
		return this.redis.hdel(this.keys.dead(queue), jobId) == 1;
	}

}
