package com.adtopaper.jobqueue.internal;

/**
 * The Lua scripts that change more than one key at once. A job travels between the
 * stream, the delayed set and the dead hash as a JSON object of its stream fields.
 */
final class RedisScripts {

	private RedisScripts() {
	}

	/**
	 * KEYS: stream, delayed, unique (or ''); ARGV: id, run-at millis, now millis, unique
	 * key's seconds, the job's fields as JSON. Answers the new or the existing job's id.
	 */
	static final String ENQUEUE = """
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

	/** KEYS: delayed, stream; ARGV: now millis, at most this many. */
	static final String MOVE_DUE = """
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

	/**
	 * KEYS: stream, delayed, dead, unique; ARGV: group, entry id, 'retry' or 'dead',
	 * retry-at millis, the job's fields as JSON, the job's id.
	 */
	static final String FAIL = """
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

	/** KEYS: dead, stream; ARGV: the job's id. */
	static final String RETRY_DEAD = """
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

}
