package com.adtopaper.ads.selection;

import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

@Configuration(proxyBeanMethods = false)
class ReservationsConfiguration {

	@Bean
	Reservations reservations(SelectionSettings settings, ObjectProvider<LettuceConnectionFactory> redis) {
		return switch (settings.store()) {
			case REDIS ->
				new RedisReservations(client(redis.getObject()), settings.prefix(), settings.reservationTtl());
			case MEMORY -> new LocalReservations(settings.reservationTtl());
		};
	}

	/**
	 * A client of its own, configured like Spring Data Redis's: the connection factory
	 * replaces its client when it restarts, which would leave us with closed connections.
	 */
	private static RedisClient client(LettuceConnectionFactory connections) {
		RedisStandaloneConfiguration redis = connections.getStandaloneConfiguration();
		var uri = RedisURI.builder()
			.withHost(redis.getHostName())
			.withPort(redis.getPort())
			.withDatabase(redis.getDatabase())
			.withTimeout(Duration.ofSeconds(2));
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
