package com.adtopaper.printerapi;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The nonces signed requests carried lately: a request whose nonce was seen with its key
 * is a replay. In Redis, so that a request replayed to another node is caught too.
 */
interface Nonces {

	/** Records the nonce; false if it was seen with this key within the time to live. */
	boolean firstUse(String keyId, String nonce);

	/** One node's memory, for the embedded default. */
	static Nonces local(Duration ttl) {
		Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1_000_000).build();
		return (keyId, nonce) -> seen.asMap().putIfAbsent(keyId + ":" + nonce, Boolean.TRUE) == null;
	}

	/** {@code SET key 1 NX EX ttl}: one round trip, atomic across nodes. */
	static Nonces redis(StringRedisTemplate redis, String prefix, Duration ttl) {
		return (keyId, nonce) -> Boolean.TRUE
			.equals(redis.opsForValue().setIfAbsent(prefix + ":printer-nonce:" + keyId + ":" + nonce, "1", ttl));
	}

}
