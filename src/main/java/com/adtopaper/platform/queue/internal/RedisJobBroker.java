package com.adtopaper.platform.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import com.adtopaper.platform.queue.DeadJob;
import com.adtopaper.platform.queue.Job;
import com.adtopaper.platform.queue.QueueStats;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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
 */
final class RedisJobBroker implements JobBroker {

	private static final String GROUP = "workers";

	private static final String ENQUEUE = """
			if KEYS[3] ~= '' then
			  local existing = redis.call('GET', KEYS[3])
			  if existing then return existing end
			  redis.call('SET', KEYS[3], ARGV[1], 'EX', ARGV[4])
			end
			if tonumber(ARGV[2]) > tonumber(ARGV[3]) then
			  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[5])
			else
			  local job = cjson.decode(ARGV[5])
			  local fields = {}
			  for k, v in pairs(job) do table.insert(fields, k) table.insert(fields, v) end
			  redis.call('XADD', KEYS[1], '*', unpack(fields))
			end
			return ARGV[1]
			""";

	private static final String MOVE_DUE = """
			local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
			for _, member in ipairs(due) do
			  redis.call('ZREM', KEYS[1], member)
			  local job = cjson.decode(member)
			  local fields = {}
			  for k, v in pairs(job) do table.insert(fields, k) table.insert(fields, v) end
			  redis.call('XADD', KEYS[2], '*', unpack(fields))
			end
			return #due
			""";

	private static final String FAIL = """
			redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
			redis.call('XDEL', KEYS[1], ARGV[2])
			if ARGV[3] == 'retry' then
			  redis.call('ZADD', KEYS[2], ARGV[4], ARGV[5])
			else
			  redis.call('HSET', KEYS[3], ARGV[6], ARGV[5])
			  redis.call('DEL', KEYS[4])
			end
			return 1
			""";

	private static final String RETRY_DEAD = """
			local dead = redis.call('HGET', KEYS[1], ARGV[1])
			if not dead then return 0 end
			redis.call('HDEL', KEYS[1], ARGV[1])
			local job = cjson.decode(dead)
			job['attempt'] = '1'
			job['error'] = nil
			job['failedAt'] = nil
			local fields = {}
			for k, v in pairs(job) do table.insert(fields, k) table.insert(fields, v) end
			redis.call('XADD', KEYS[2], '*', unpack(fields))
			return 1
			""";

	private final RedisClient client;

	private final StatefulRedisConnection<String, String> connection;

	private final RedisCommands<String, String> redis;

	private final Map<String, StatefulRedisConnection<String, String>> readers = new ConcurrentHashMap<>();

	private final Map<String, ConcurrentLinkedQueue<Delivery>> reclaimed = new ConcurrentHashMap<>();

	private final QueueSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	private final String consumer = "node-" + ProcessHandle.current().pid() + "-"
			+ UUID.randomUUID().toString().substring(0, 8);

	RedisJobBroker(RedisClient client, QueueSettings settings, JsonMapper json, Clock clock) {
		this.client = client;
		this.connection = client.connect();
		this.redis = this.connection.sync();
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	private String stream(String queue) {
		return this.settings.prefix() + ":q:" + queue;
	}

	private String delayed(String queue) {
		return stream(queue) + ":delayed";
	}

	private String deadKey(String queue) {
		return stream(queue) + ":dead";
	}

	private String uniqueKey(@Nullable String key) {
		return this.settings.prefix() + ":q:unique:" + ((key != null) ? key : "");
	}

	@Override
	public Duration lease() {
		return this.settings.lease();
	}

	// producing

	@Override
	public String enqueue(Job job) {
		String id = UUID.randomUUID().toString();
		return (job.uniqueKey() == null && !later(job)) ? xadd(job, id) : script(job, id);
	}

	@Override
	public List<String> enqueueAll(List<Job> jobs) {
		var async = this.connection.async();
		List<RedisFuture<String>> futures = new ArrayList<>(jobs.size());
		List<String> ids = new ArrayList<>(jobs.size());
		for (Job job : jobs) {
			String id = UUID.randomUUID().toString();
			ids.add(id);
			if (job.uniqueKey() == null && !later(job)) {
				futures.add(async.xadd(stream(job.queue()), fields(job, id, 1)));
			}
			else {
				futures.add(async.eval(ENQUEUE, ScriptOutputType.VALUE, enqueueKeys(job), enqueueArgs(job, id)));
			}
		}
		for (int i = 0; i < futures.size(); i++) {
			String answer = await(futures.get(i));
			if (jobs.get(i).uniqueKey() != null && answer != null) {
				ids.set(i, answer);
			}
		}
		return ids;
	}

	private boolean later(Job job) {
		return job.runAt() != null && job.runAt().isAfter(this.clock.instant());
	}

	private String xadd(Job job, String id) {
		this.redis.xadd(stream(job.queue()), fields(job, id, 1));
		return id;
	}

	private String script(Job job, String id) {
		return this.redis.eval(ENQUEUE, ScriptOutputType.VALUE, enqueueKeys(job), enqueueArgs(job, id));
	}

	private String[] enqueueKeys(Job job) {
		return new String[] { stream(job.queue()), delayed(job.queue()),
				(job.uniqueKey() != null) ? uniqueKey(job.uniqueKey()) : "" };
	}

	private String[] enqueueArgs(Job job, String id) {
		long runAt = (job.runAt() != null) ? job.runAt().toEpochMilli() : 0;
		return new String[] { id, Long.toString(runAt), Long.toString(this.clock.millis()), "86400",
				this.json.writeValueAsString(fields(job, id, 1)) };
	}

	private Map<String, String> fields(Job job, String id, int attempt) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("id", id);
		fields.put("queue", job.queue());
		fields.put("type", job.type());
		fields.put("payload", job.payload());
		fields.put("attempt", Integer.toString(attempt));
		fields.put("max", Integer.toString((job.maxAttempts() > 0) ? job.maxAttempts() : this.settings.maxAttempts()));
		fields.put("unique", (job.uniqueKey() != null) ? job.uniqueKey() : "");
		fields.put("enqueued", Long.toString(this.clock.millis()));
		return fields;
	}

	private static Map<String, String> fields(Delivery delivery) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("id", delivery.id());
		fields.put("queue", delivery.queue());
		fields.put("type", delivery.type());
		fields.put("payload", delivery.payload());
		fields.put("attempt", Integer.toString(delivery.attempt()));
		fields.put("max", Integer.toString(delivery.maxAttempts()));
		fields.put("unique", (delivery.uniqueKey() != null) ? delivery.uniqueKey() : "");
		fields.put("enqueued", Long.toString(delivery.enqueuedAt()));
		return fields;
	}

	private static Delivery delivery(String ticket, Map<String, String> fields) {
		String unique = fields.getOrDefault("unique", "");
		return new Delivery(ticket, fields.get("id"), fields.get("queue"), fields.get("type"), fields.get("payload"),
				Integer.parseInt(fields.get("attempt")), Integer.parseInt(fields.get("max")),
				unique.isEmpty() ? null : unique, Long.parseLong(fields.get("enqueued")));
	}

	// consuming

	@Override
	public void open(String queue) {
		try {
			this.redis.xgroupCreate(XReadArgs.StreamOffset.from(stream(queue), "0"), GROUP,
					XGroupCreateArgs.Builder.mkstream());
		}
		catch (RedisBusyException ex) {
			// the group exists already
		}
	}

	@Override
	public List<Delivery> take(String queue, int max, Duration wait) {
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
			.xreadgroup(Consumer.from(GROUP, this.consumer), XReadArgs.Builder.block(wait).count(max),
					XReadArgs.StreamOffset.lastConsumed(stream(queue)));
		for (StreamMessage<String, String> message : messages) {
			deliveries.add(delivery(message.getId(), message.getBody()));
		}
		return deliveries;
	}

	@Override
	public void done(String queue, List<Delivery> deliveries) {
		if (deliveries.isEmpty()) {
			return;
		}
		String[] tickets = deliveries.stream().map(Delivery::ticket).toArray(String[]::new);
		var async = this.connection.async();
		List<RedisFuture<?>> futures = new ArrayList<>();
		futures.add(async.xack(stream(queue), GROUP, tickets));
		futures.add(async.xdel(stream(queue), tickets));
		String[] unique = deliveries.stream()
			.filter((d) -> d.uniqueKey() != null)
			.map((d) -> uniqueKey(d.uniqueKey()))
			.toArray(String[]::new);
		if (unique.length > 0) {
			futures.add(async.del(unique));
		}
		futures.forEach(RedisJobBroker::await);
	}

	@Override
	public void failed(Delivery delivery, String error, Instant retryAt) {
		var next = fields(delivery.nextAttempt());
		next.put("error", error);
		this.redis.eval(FAIL, ScriptOutputType.INTEGER,
				new String[] { stream(delivery.queue()), delayed(delivery.queue()), deadKey(delivery.queue()),
						uniqueKey(delivery.uniqueKey()) },
				GROUP, delivery.ticket(), "retry", Long.toString(retryAt.toEpochMilli()),
				this.json.writeValueAsString(next), delivery.id());
	}

	@Override
	public void dead(Delivery delivery, String error) {
		var dead = fields(delivery);
		dead.put("error", error);
		dead.put("failedAt", Long.toString(this.clock.millis()));
		this.redis.eval(FAIL, ScriptOutputType.INTEGER,
				new String[] { stream(delivery.queue()), delayed(delivery.queue()), deadKey(delivery.queue()),
						uniqueKey(delivery.uniqueKey()) },
				GROUP, delivery.ticket(), "dead", "0", this.json.writeValueAsString(dead), delivery.id());
	}

	@Override
	public void extend(String queue, List<Delivery> running) {
		if (!running.isEmpty()) {
			this.redis.xclaim(stream(queue), Consumer.from(GROUP, this.consumer), XClaimArgs.Builder.justid(),
					running.stream().map(Delivery::ticket).toArray(String[]::new));
		}
	}

	@Override
	public void maintain(String queue) {
		this.redis.eval(MOVE_DUE, ScriptOutputType.INTEGER, new String[] { delayed(queue), stream(queue) },
				Long.toString(this.clock.millis()), "1000");
		List<PendingMessage> abandoned = this.redis.xpending(stream(queue),
				new XPendingArgs<String>().group(GROUP)
					.idle(this.settings.lease())
					.range(Range.create("-", "+"))
					.limit(Limit.from(100)));
		if (abandoned.isEmpty()) {
			return;
		}
		Map<String, Long> deliveries = new LinkedHashMap<>();
		abandoned.forEach((pending) -> deliveries.put(pending.getId(), pending.getRedeliveryCount()));
		// claiming again with the same minimum idle time: a worker that extended
		// meanwhile keeps its job
		List<StreamMessage<String, String>> claimed = this.redis.xclaim(stream(queue),
				Consumer.from(GROUP, this.consumer), XClaimArgs.Builder.minIdleTime(this.settings.lease()),
				deliveries.keySet().toArray(String[]::new));
		var backlog = this.reclaimed.computeIfAbsent(queue, (q) -> new ConcurrentLinkedQueue<>());
		for (StreamMessage<String, String> message : claimed) {
			if (message.getBody() == null || message.getBody().isEmpty()) {
				// deleted meanwhile: acknowledge the leftover id
				this.redis.xack(stream(queue), GROUP, message.getId());
				continue;
			}
			int times = (int) Math.max(1, deliveries.getOrDefault(message.getId(), 1L));
			backlog.add(delivery(message.getId(), message.getBody()).redelivered(message.getId(), times));
		}
	}

	// operating

	@Override
	public List<QueueStats> stats() {
		List<QueueStats> stats = new ArrayList<>();
		for (String queue : this.settings.queues().keySet()) {
			String stream = stream(queue);
			List<StreamMessage<String, String>> oldest = this.redis.xrange(stream, Range.create("-", "+"),
					Limit.from(1));
			Duration age = oldest.isEmpty() ? Duration.ZERO : Duration.ofMillis(Math.max(0, this.clock.millis()
					- Long.parseLong(oldest.getFirst().getId().substring(0, oldest.getFirst().getId().indexOf('-')))));
			stats.add(new QueueStats(queue, this.redis.xlen(stream), this.redis.zcard(delayed(queue)),
					this.redis.hlen(deadKey(queue)), age));
		}
		return stats;
	}

	@Override
	public List<DeadJob> deadJobs(String queue, int limit) {
		return this.redis.hvals(deadKey(queue))
			.stream()
			.map(this::deadJob)
			.sorted(Comparator.comparing(DeadJob::failedAt))
			.limit(limit)
			.toList();
	}

	private DeadJob deadJob(String value) {
		Map<String, String> fields = this.json.readValue(value, new TypeReference<Map<String, String>>() {
		});
		return new DeadJob(fields.get("id"), fields.get("queue"), fields.get("type"), fields.get("payload"),
				Integer.parseInt(fields.get("attempt")), fields.getOrDefault("error", ""),
				Instant.ofEpochMilli(Long.parseLong(fields.getOrDefault("failedAt", "0"))));
	}

	@Override
	public boolean retryDead(String queue, String jobId) {
		Long moved = this.redis.eval(RETRY_DEAD, ScriptOutputType.INTEGER,
				new String[] { deadKey(queue), stream(queue) }, jobId);
		return moved != null && moved == 1;
	}

	@Override
	public boolean discardDead(String queue, String jobId) {
		return this.redis.hdel(deadKey(queue), jobId) == 1;
	}

	private static <T> @Nullable T await(RedisFuture<T> future) {
		try {
			return future.get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while talking to Redis", ex);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("Redis did not answer", ex);
		}
	}

	@Override
	public void close() {
		this.readers.values().forEach(StatefulRedisConnection::close);
		this.connection.close();
		this.client.shutdown();
	}

}
