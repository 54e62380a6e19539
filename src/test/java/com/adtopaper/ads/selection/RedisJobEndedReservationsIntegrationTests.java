package com.adtopaper.ads.selection;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.adtopaper.TestServers;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

/**
 * Two nodes sharing the reservations in Redis: one renders the jobs, the other hears they
 * ended and gives back what they did not print.
 */
@Tag("integration")
class RedisJobEndedReservationsIntegrationTests extends JobEndedReservationsContract {

	private static final AtomicLong campaigns = new AtomicLong(
			2_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));

	private final RedisReservations first = node(TestServers.get());

	private final RedisReservations second = node(TestServers.get());

	private static RedisReservations node(TestServers servers) {
		RedisClient client = RedisClient.create(RedisURI.create(servers.redisHost(), servers.redisPort()));
		return new RedisReservations(client, TestServers.RUN, Duration.ofMinutes(30));
	}

	@AfterEach
	void close() {
		this.first.close();
		this.second.close();
	}

	@Override
	Reservations node() {
		return this.first;
	}

	@Override
	Reservations otherNode() {
		return this.second;
	}

	@Override
	long newCampaign() {
		return campaigns.incrementAndGet();
	}

}
