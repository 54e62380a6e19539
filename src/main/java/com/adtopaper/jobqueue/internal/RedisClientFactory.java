package com.adtopaper.jobqueue.internal;

import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A Lettuce client of the queue's own, configured like Spring Data Redis's: the
 * connection factory replaces its client when it restarts, and the queue would be left
 * with closed connections.
 */
final class RedisClientFactory {

	private RedisClientFactory() {
	}

	static RedisClient create(LettuceConnectionFactory connections) {
		RedisStandaloneConfiguration redis = connections.getStandaloneConfiguration();
		var uri = RedisURI.builder()
			.withHost(redis.getHostName())
			.withPort(redis.getPort())
			.withDatabase(redis.getDatabase())
			.withTimeout(Duration.ofSeconds(5));
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
