package com.adtopaper.jobqueue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.adtopaper.TestServers;
import com.adtopaper.jobqueue.JobQueueSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two consuming nodes (each the queue's recurring-jobs configuration with a Redis
 * connection, no application) with the same every-second recurring job: each second it
 * runs on one of them only.
 */
@Tag("integration")
class RecurringJobsIntegrationTests {

	/** Runs of the recurring job, by second. */
	static final Map<Long, AtomicInteger> runsBySecond = new ConcurrentHashMap<>();

	static final String PREFIX = TestServers.RUN + "-recurring";

	@Configuration(proxyBeanMethods = false)
	@Import(RecurringJobsConfiguration.class)
	static class Node {

		@Bean
		JobQueueSettings settings() {
			return QueueFixture.settings(PREFIX, JobQueueSettings.Store.REDIS, Duration.ofSeconds(30), 3, Map.of());
		}

		@Bean
		LettuceConnectionFactory redis() {
			var servers = TestServers.find();
			return new LettuceConnectionFactory(
					new RedisStandaloneConfiguration(servers.redisHost(), servers.redisPort()));
		}

		@Bean
		Ticker ticker() {
			return new Ticker();
		}

	}

	static class Ticker {

		@Scheduled(cron = "* * * * * *", zone = "Asia/Seoul")
		@SchedulerLock(name = "test-every-second", lockAtMostFor = "PT5S", lockAtLeastFor = "PT0.5S")
		void tick() {
			runsBySecond.computeIfAbsent(Instant.now().getEpochSecond(), (s) -> new AtomicInteger()).incrementAndGet();
		}

	}

	@Test
	void aRecurringJobRunsOnceAcrossNodes() throws InterruptedException {
		try (var first = new AnnotationConfigApplicationContext(Node.class);
				var second = new AnnotationConfigApplicationContext(Node.class)) {
			Thread.sleep(6_000);
		}
		assertThat(runsBySecond).hasSizeGreaterThanOrEqualTo(4);
		assertThat(List.copyOf(runsBySecond.values())).allSatisfy((runs) -> assertThat(runs).hasValue(1));
	}

}
