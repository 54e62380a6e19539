package com.adtopaper.ads.selection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Reservations shared by every node, each decision one atomic Lua script in Redis. Keys
 * of one campaign share the hash tag {@code {c<id>}}: {@code :d:<day>} spent today
 * (printed + reserved, KRW), {@code :t} spent in all, {@code :m:<day>:<member>} the
 * member's pages today, {@code :res} the live reservations by expiry.
 * {@code ads:pick:<page>|<job>} remembers a page's choice so that a retried render gets
 * the same ad; {@code ads:job:<job>} lists the job's live reservations, given back when
 * the job ends.
 */
final class RedisReservations implements Reservations, AutoCloseable {

	// ARGV: now, ttl ms, day, page token, member, prefix, n, then 10 per candidate
	private static final String RESERVE = """
			local pick = redis.call('GET', KEYS[1])
			if pick then return {'P', pick} end
			local now, ttl, day, token, member, p, n = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], ARGV[4], ARGV[5], ARGV[6], tonumber(ARGV[7])
			local refused = {}
			for i = 0, n - 1 do
			  local b = 8 + i * 10
			  local c, price, pace, daily, total, cap = ARGV[b], tonumber(ARGV[b + 2]), tonumber(ARGV[b + 3]), tonumber(ARGV[b + 4]), tonumber(ARGV[b + 5]), tonumber(ARGV[b + 6])
			  local base = p .. ':ads:{c' .. c .. '}'
			  local res = base .. ':res'
			  for _, r in ipairs(redis.call('ZRANGEBYSCORE', res, '-inf', now, 'LIMIT', 0, 100)) do
			    local d, m, pr = string.match(r, '^([^|]+)|([^|]+)|([^|]+)|')
			    redis.call('DECRBY', base .. ':d:' .. d, pr)
			    redis.call('DECRBY', base .. ':t', pr)
			    redis.call('DECR', base .. ':m:' .. d .. ':' .. m)
			    redis.call('ZREM', res, r)
			  end
			  local dkey, tkey, mkey = base .. ':d:' .. day, base .. ':t', base .. ':m:' .. day .. ':' .. member
			  redis.call('SET', dkey, ARGV[b + 7], 'NX', 'EX', 259200)
			  redis.call('SET', tkey, ARGV[b + 8], 'NX')
			  local today, spent = tonumber(redis.call('GET', dkey)), tonumber(redis.call('GET', tkey))
			  local pages = tonumber(redis.call('GET', mkey) or '0')
			  if (pace >= 0 and today >= pace) or today + price > daily or spent + price > total then
			    refused[#refused + 1] = c
			  elseif cap == 0 or pages < cap then
			    redis.call('INCRBY', dkey, price)
			    redis.call('INCRBY', tkey, price)
			    redis.call('INCR', mkey)
			    redis.call('EXPIRE', mkey, 259200)
			    redis.call('EXPIRE', tkey, 3456000)
			    redis.call('ZADD', res, now + ttl, day .. '|' .. member .. '|' .. price .. '|' .. token)
			    redis.call('EXPIRE', res, 259200)
			    local chosen = c .. '|' .. ARGV[b + 1] .. '|' .. price .. '|' .. ARGV[b + 9]
			    redis.call('SET', KEYS[1], chosen, 'PX', ttl)
			    redis.call('SADD', KEYS[2], c .. '|' .. day .. '|' .. member .. '|' .. price .. '|' .. token)
			    redis.call('PEXPIRE', KEYS[2], ttl)
			    return {'R', chosen}
			  end
			end
			return {'N', table.concat(refused, ',')}
			""";

	// ARGV: prefix, n, then 5 per page: campaign, day, member, price, page token
	private static final String PRINTED = """
			local p, n = ARGV[1], tonumber(ARGV[2])
			for i = 0, n - 1 do
			  local b = 3 + i * 5
			  local c, day, member, price, token = ARGV[b], ARGV[b + 1], ARGV[b + 2], ARGV[b + 3], ARGV[b + 4]
			  local base = p .. ':ads:{c' .. c .. '}'
			  if redis.call('ZREM', base .. ':res', day .. '|' .. member .. '|' .. price .. '|' .. token) == 0 then
			    local dkey, mkey = base .. ':d:' .. day, base .. ':m:' .. day .. ':' .. member
			    redis.call('INCRBY', dkey, price)
			    redis.call('EXPIRE', dkey, 259200)
			    redis.call('INCRBY', base .. ':t', price)
			    redis.call('INCR', mkey)
			    redis.call('EXPIRE', mkey, 259200)
			  end
			end
			return n
			""";

	// KEYS: the job's reservations; ARGV: prefix, sides printed
	private static final String JOB_ENDED = """
			local p, printed = ARGV[1], tonumber(ARGV[2])
			for _, r in ipairs(redis.call('SMEMBERS', KEYS[1])) do
			  local c, d, m, pr, page, job = string.match(r, '^([^|]+)|([^|]+)|([^|]+)|([^|]+)|([^|]+)|(.+)$')
			  if tonumber(page) > printed then
			    local base = p .. ':ads:{c' .. c .. '}'
			    if redis.call('ZREM', base .. ':res', d .. '|' .. m .. '|' .. pr .. '|' .. page .. '|' .. job) == 1 then
			      redis.call('DECRBY', base .. ':d:' .. d, pr)
			      redis.call('DECRBY', base .. ':t', pr)
			      redis.call('DECR', base .. ':m:' .. d .. ':' .. m)
			    end
			    redis.call('DEL', p .. ':ads:pick:' .. page .. '|' .. job)
			  end
			end
			redis.call('DEL', KEYS[1])
			return 1
			""";

	private final RedisClient client;

	private final StatefulRedisConnection<String, String> connection;

	private final RedisCommands<String, String> redis;

	private final String prefix;

	private final Duration ttl;

	private final String reserveSha;

	private final String printedSha;

	private final String jobEndedSha;

	RedisReservations(RedisClient client, String prefix, Duration ttl) {
		this.client = client;
		this.connection = client.connect();
		this.redis = this.connection.sync();
		this.prefix = prefix;
		this.ttl = ttl;
		this.reserveSha = this.redis.digest(RESERVE);
		this.printedSha = this.redis.digest(PRINTED);
		this.jobEndedSha = this.redis.digest(JOB_ENDED);
	}

	@Override
	public Outcome reserve(String jobId, int page, long memberId, LocalDate day, List<Candidate> candidates,
			Instant now) {
		String[] args = new String[7 + candidates.size() * 10];
		args[0] = Long.toString(now.toEpochMilli());
		args[1] = Long.toString(this.ttl.toMillis());
		args[2] = day.toString();
		args[3] = page + "|" + jobId;
		args[4] = Long.toString(memberId);
		args[5] = this.prefix;
		args[6] = Integer.toString(candidates.size());
		int i = 7;
		for (Candidate candidate : candidates) {
			args[i++] = Long.toString(candidate.campaignId());
			args[i++] = Long.toString(candidate.creative().id());
			args[i++] = Long.toString(candidate.price());
			args[i++] = Long.toString(candidate.pacedSpend());
			args[i++] = Long.toString(candidate.dailyBudget());
			args[i++] = Long.toString(candidate.totalBudget());
			args[i++] = Integer.toString(candidate.frequencyCap());
			args[i++] = Long.toString(candidate.seedToday());
			args[i++] = Long.toString(candidate.seedTotal());
			args[i++] = candidate.creative().bandKey();
		}
		List<Object> result = eval(this.reserveSha, RESERVE, ScriptOutputType.MULTI,
				new String[] { this.prefix + ":ads:pick:" + page + "|" + jobId, jobKey(jobId) }, args);
		String kind = (String) result.get(0);
		String value = (String) result.get(1);
		if (kind.equals("N")) {
			Set<Long> refused = new HashSet<>();
			for (String id : value.split(",")) {
				if (!id.isEmpty()) {
					refused.add(Long.parseLong(id));
				}
			}
			return new Outcome(null, refused);
		}
		String[] parts = value.split("\\|", 4);
		return new Outcome(
				new Reserved(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[3], Long.parseLong(parts[2])),
				Set.of());
	}

	@Override
	public void printed(List<Printed> pages) {
		List<String> args = new ArrayList<>(2 + pages.size() * 5);
		args.add(this.prefix);
		args.add(Integer.toString(pages.size()));
		for (Printed page : pages) {
			args.add(Long.toString(page.campaignId()));
			args.add(page.day().toString());
			args.add(Long.toString(page.memberId()));
			args.add(Long.toString(page.price()));
			args.add(page.page() + "|" + page.jobId());
		}
		eval(this.printedSha, PRINTED, ScriptOutputType.INTEGER, new String[0], args.toArray(String[]::new));
	}

	@Override
	public void jobEnded(String jobId, int sidesPrinted) {
		eval(this.jobEndedSha, JOB_ENDED, ScriptOutputType.INTEGER, new String[] { jobKey(jobId) },
				new String[] { this.prefix, Integer.toString(sidesPrinted) });
	}

	private String jobKey(String jobId) {
		return this.prefix + ":ads:job:" + jobId;
	}

	private <T> T eval(String sha, String script, ScriptOutputType type, String[] keys, String[] args) {
		try {
			return this.redis.evalsha(sha, type, keys, args);
		}
		catch (RedisNoScriptException ex) {
			return this.redis.eval(script, type, keys, args);
		}
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown();
	}

}
