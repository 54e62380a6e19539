package com.adtopaper.ads.selection;

import java.time.Duration;

import com.adtopaper.platform.config.RedisClients;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

@Configuration(proxyBeanMethods = false)
class ReservationsConfiguration {

	/** A decision is on a print's path: it gives up (and prints a house ad) sooner. */
	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	@Bean
	Reservations reservations(SelectionSettings settings, ObjectProvider<LettuceConnectionFactory> redis) {
		return switch (settings.store()) {
			case REDIS -> new RedisReservations(RedisClients.create(redis.getObject(), TIMEOUT), settings.prefix(),
					settings.reservationTtl());
			case MEMORY -> new LocalReservations(settings.reservationTtl());
		};
	}

}
