package com.adtopaper.platform.queue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.TestServers;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two worker nodes with the same every-second recurring job: each second it runs on one
 * of them only.
 */
class RecurringJobsIntegrationTests {

	/** Runs of the recurring job, by second. */
	static final Map<Long, AtomicInteger> runsBySecond = new ConcurrentHashMap<>();

	@Configuration(proxyBeanMethods = false)
	static class EverySecond {

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
		TestServers servers = TestServers.get();
		String prefix = TestServers.RUN + "-recurring";
		try (var first = node(servers, prefix); var second = node(servers, prefix)) {
			Thread.sleep(6_000);
		}
		assertThat(runsBySecond).hasSizeGreaterThanOrEqualTo(4);
		assertThat(runsBySecond.values()).allSatisfy((runs) -> assertThat(runs).hasValue(1));
	}

	private static ConfigurableApplicationContext node(TestServers servers, String prefix) {
		List<String> arguments = new java.util.ArrayList<>(List.of("--spring.main.web-application-type=none",
				"--adtopaper.roles=worker", "--spring.datasource.url=" + servers.jdbcUrl(TestServers.DATABASE),
				"--spring.datasource.username=root", "--spring.datasource.password=",
				"--spring.data.redis.host=" + servers.redisHost(), "--spring.data.redis.port=" + servers.redisPort(),
				"--adtopaper.query-cache.servers=" + servers.memcached(),
				"--adtopaper.query-cache.namespace=" + TestServers.RUN, "--adtopaper.queue.prefix=" + prefix,
				"--adtopaper.blobs.store=local"));
		return new SpringApplicationBuilder(AdToPaperApplication.class, EverySecond.class).profiles("it")
			.run(arguments.toArray(String[]::new));
	}

}
