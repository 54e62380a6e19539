package com.adtopaper.jobqueue.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.adtopaper.jobqueue.spi.Delivery;
import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XPendingArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;

/**
 * This node's consumer in each queue's group: takes (blocking reads on a connection per
 * queue), acknowledges in batches, extends the leases of running jobs, moves due delayed
 * jobs into the stream and claims the jobs of dead workers.
 */
final class RedisConsumer implements AutoCloseable {

	private final RedisClient client;

	private final RedisCommands<String, String> redis;

	private final StatefulRedisConnection<String, String> connection;

	private final Map<String, StatefulRedisConnection<String, String>> readers = new ConcurrentHashMap<>();

	private final Map<String, ConcurrentLinkedQueue<Delivery>> reclaimed = new ConcurrentHashMap<>();

	private final RedisKeys keys;

	private final RedisEntries entries;

	private final Duration lease;

	private final Clock clock;

	private final String consumer = "node-" + ProcessHandle.current().pid() + "-"
			+ UUID.randomUUID().toString().substring(0, 8);

	RedisConsumer(RedisClient client, StatefulRedisConnection<String, String> connection, RedisKeys keys,
			RedisEntries entries, Duration lease, Clock clock) {
		this.client = client;
		this.connection = connection;
		this.redis = connection.sync();
		this.keys = keys;
		this.entries = entries;
		this.lease = lease;
		this.clock = clock;
	}

	void open(String queue) {
		try {
			this.redis.xgroupCreate(XReadArgs.StreamOffset.from(this.keys.stream(queue), "0"), RedisKeys.GROUP,
					XGroupCreateArgs.Builder.mkstream());
		}
		catch (RedisBusyException ex) {
			// the group exists already
		}
	}

	List<Delivery> take(String queue, int max, Duration wait) {
		List<Delivery> deliveries = new ArrayList<>();
		var backlog = this.reclaimed.get(queue);
		while (backlog != null && deliveries.size() < max && !backlog.isEmpty()) {
			deliveries.add(backlog.poll());
		}
		if (!deliveries.isEmpty()) {
			return deliveries;
		}
		// blocking reads need a connection of their own
		var reader = this.readers.computeIfAbsent(queue, (q) -> this.client.connect());
		List<StreamMessage<String, String>> messages = reader.sync()
			.xreadgroup(Consumer.from(RedisKeys.GROUP, this.consumer), XReadArgs.Builder.block(wait).count(max),
					XReadArgs.StreamOffset.lastConsumed(this.keys.stream(queue)));
		for (StreamMessage<String, String> message : messages) {
			deliveries.add(this.entries.delivery(message.getId(), message.getBody()));
		}
		return deliveries;
	}

	void done(String queue, List<Delivery> deliveries) {
		if (deliveries.isEmpty()) {
			return;
		}
		String stream = this.keys.stream(queue);
		String[] tickets = deliveries.stream().map(Delivery::ticket).toArray(String[]::new);
		var async = this.connection.async();
		List<RedisFuture<?>> futures = new ArrayList<>();
		futures.add(async.xack(stream, RedisKeys.GROUP, tickets));
		futures.add(async.xdel(stream, tickets));
		String[] unique = deliveries.stream()
			.filter((d) -> d.uniqueKey() != null)
			.map((d) -> this.keys.unique(d.uniqueKey()))
			.toArray(String[]::new);
		if (unique.length > 0) {
			futures.add(async.del(unique));
		}
		futures.forEach(RedisJobBroker::await);
	}

	void extend(String queue, List<Delivery> running) {
		if (!running.isEmpty()) {
			this.redis.xclaim(this.keys.stream(queue), Consumer.from(RedisKeys.GROUP, this.consumer),
					XClaimArgs.Builder.justid(), running.stream().map(Delivery::ticket).toArray(String[]::new));
		}
	}

	void promoteDue(String queue) {
		this.redis.eval(RedisScripts.MOVE_DUE, ScriptOutputType.INTEGER,
				new String[] { this.keys.delayed(queue), this.keys.stream(queue) }, Long.toString(this.clock.millis()),
				"1000");
	}

	/** Claims entries pending longer than a lease: their next take delivers them. */
	void reclaimAbandoned(String queue) {
		String stream = this.keys.stream(queue);
		List<PendingMessage> abandoned = this.redis.xpending(stream,
				new XPendingArgs<String>().group(RedisKeys.GROUP)
					.idle(this.lease)
					.range(Range.create("-", "+"))
					.limit(Limit.from(100)));
		if (abandoned.isEmpty()) {
			return;
		}
		Map<String, Long> deliveries = new LinkedHashMap<>();
		abandoned.forEach((pending) -> deliveries.put(pending.getId(), pending.getRedeliveryCount()));
		// claiming again with the same minimum idle time: a worker that extended
		// meanwhile
		// keeps its job
		List<StreamMessage<String, String>> claimed = this.redis.xclaim(stream,
				Consumer.from(RedisKeys.GROUP, this.consumer), XClaimArgs.Builder.minIdleTime(this.lease),
				deliveries.keySet().toArray(String[]::new));
		var backlog = this.reclaimed.computeIfAbsent(queue, (q) -> new ConcurrentLinkedQueue<>());
		for (StreamMessage<String, String> message : claimed) {
			if (message.getBody() == null || message.getBody().isEmpty()) {
				// deleted meanwhile: acknowledge the leftover id
				this.redis.xack(stream, RedisKeys.GROUP, message.getId());
				continue;
			}
			int times = (int) Math.max(1, deliveries.getOrDefault(message.getId(), 1L));
			backlog.add(this.entries.delivery(message.getId(), message.getBody()).redelivered(message.getId(), times));
		}
	}

	@Override
	public void close() {
		this.readers.values().forEach(StatefulRedisConnection::close);
	}

}
