package com.adtopaper.platform.config;

import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.modulith.NamedInterface;

/**
 * Lettuce clients of their own for the parts of the platform that talk to Redis below
 * Spring Data Redis (the login throttle's buckets), configured like Spring Data Redis's.
 * Their own, because the connection factory replaces its client when it restarts, and
 * whoever held the old one would be left with closed connections. Exposed to the other
 * modules for their own stores in Redis (the printer API's, the ad selection's
 * reservations).
 */
@NamedInterface("redis")
public final class RedisClients {

	private RedisClients() {
	}

	/** A client whose commands time out after 5 seconds. */
	public static RedisClient create(LettuceConnectionFactory connections) {
		return create(connections, Duration.ofSeconds(5));
	}

	/**
	 * A client whose commands time out after {@code timeout}: shorter for a caller on a
	 * request's path that would rather give up than wait.
	 */
	public static RedisClient create(LettuceConnectionFactory connections, Duration timeout) {
		RedisStandaloneConfiguration redis = connections.getStandaloneConfiguration();
		var uri = RedisURI.builder()
			.withHost(redis.getHostName())
			.withPort(redis.getPort())
			.withDatabase(redis.getDatabase())
			.withTimeout(timeout);
		redis.getPassword().toOptional().ifPresent((password) -> {
			if (redis.getUsername() != null) {
				uri.withAuthentication(redis.getUsername(), password);
			}
			else {
				uri.withPassword(password);
			}
		});
		return RedisClient.create(uri.build());
	}

}
