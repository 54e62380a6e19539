package com.adtopaper.platform;

import com.adtopaper.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/** What the load balancer and operators see: probes and the API description. */
@IntegrationTest
class OperationsIntegrationTests {

	@Autowired
	RestTestClient client;

	@Test
	void livenessAndReadinessAreUp() {
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void healthDetailsAndMetricsAreForOperatorsOnly() {
		this.client.get().uri("/actuator/health").exchange().expectBody().jsonPath("$.components").doesNotExist();
		this.client.get().uri("/actuator/metrics").exchange().expectStatus().is3xxRedirection();
	}

	@Test
	void theOpenApiDocumentDescribesTheAppApi() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/members'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/me/points/history'].get")
			.exists()
			.jsonPath("$.components.securitySchemes.bearer.scheme")
			.isEqualTo("bearer");
	}

}
