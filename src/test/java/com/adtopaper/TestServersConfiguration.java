package com.adtopaper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points an application context at the {@link TestServers}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestServersConfiguration {

	@Bean
	DynamicPropertyRegistrar testServers() {
		return (registry) -> {
			TestServers servers = TestServers.get();
			registry.add("spring.datasource.url", () -> servers.jdbcUrl(TestServers.DATABASE));
			registry.add("spring.datasource.username", () -> "root");
			registry.add("spring.datasource.password", () -> "");
			registry.add("spring.data.redis.host", servers::redisHost);
			registry.add("spring.data.redis.port", servers::redisPort);
			registry.add("adtopaper.query-cache.servers", servers::memcached);
			// the test database is made anew each run, behind the cache's back: a fresh
			// namespace forgets the last run
			registry.add("adtopaper.query-cache.namespace", () -> TestServers.RUN);
			registry.add("adtopaper.queue.prefix", () -> TestServers.RUN);
			registry.add("adtopaper.ads.selection.prefix", () -> TestServers.RUN);
			registry.add("adtopaper.printer-api.prefix", () -> TestServers.RUN);
			registry.add("adtopaper.blobs.s3.endpoint", TestServers::s3Endpoint);
			registry.add("adtopaper.blobs.s3.bucket", () -> TestServers.BUCKET);
			registry.add("adtopaper.blobs.private-s3.bucket", () -> TestServers.PRIVATE_BUCKET);
			registry.add("adtopaper.blobs.s3.region", () -> "us-east-1");
			registry.add("adtopaper.blobs.s3.access-key-id", () -> "s3mock");
			registry.add("adtopaper.blobs.s3.secret-access-key", () -> "s3mock");
		};
	}

}
