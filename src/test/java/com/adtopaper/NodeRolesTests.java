package com.adtopaper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The same JAR runs as a worker node that opens no HTTP port. */
@Tag("integration")
class NodeRolesTests {

	@Test
	void aWorkerOnlyNodeServesNoHttp() {
		try (var context = new SpringApplicationBuilder(AdToPaperApplication.class).run("--adtopaper.roles=worker",
				"--adtopaper.demo-data.enabled=false",
				"--spring.datasource.url=jdbc:h2:mem:worker;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")) {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(
					context.getBean(com.adtopaper.platform.NodeRoles.class).serves(com.adtopaper.platform.NodeRole.WEB))
				.isFalse();
		}
	}

}
