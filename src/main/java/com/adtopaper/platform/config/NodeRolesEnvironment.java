package com.adtopaper.platform.config;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A node without the {@code web} role serves no HTTP at all: it must not open a port, so
 * the decision is taken before the application context is created. A node without the
 * {@code worker} role consumes no jobs: the job queue, a library that knows nothing of
 * roles, is told so with its own setting ({@code adtopaper.queue.consume}, unless set).
 */
class NodeRolesEnvironment implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String roles = environment.getProperty("adtopaper.roles", "web,worker").toLowerCase(Locale.ROOT);
		if (!roles.contains("web")) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("adtopaperNodeRoles",
						Map.of("spring.main.web-application-type", "none")));
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("adtopaperNodeRolesDefaults",
					Map.of("adtopaper.queue.consume", Boolean.toString(roles.contains("worker")))));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
