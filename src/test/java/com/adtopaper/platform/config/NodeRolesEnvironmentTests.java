package com.adtopaper.platform.config;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles reach the libraries as their own settings: only a node with the
 * {@code worker} role consumes jobs, unless the queue is told otherwise.
 */
class NodeRolesEnvironmentTests {

	private static StandardEnvironment environment(Map<String, Object> properties) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new NodeRolesEnvironment().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@Test
	void onlyAWorkerConsumesJobs() {
		assertThat(environment(Map.of()).getProperty("adtopaper.queue.consume")).isEqualTo("true");
		assertThat(environment(Map.of("adtopaper.roles", "worker")).getProperty("adtopaper.queue.consume"))
			.isEqualTo("true");
		assertThat(environment(Map.of("adtopaper.roles", "web")).getProperty("adtopaper.queue.consume"))
			.isEqualTo("false");
	}

	@Test
	void theQueuesOwnSettingWins() {
		assertThat(environment(Map.of("adtopaper.roles", "web", "adtopaper.queue.consume", "true"))
			.getProperty("adtopaper.queue.consume")).isEqualTo("true");
	}

}
