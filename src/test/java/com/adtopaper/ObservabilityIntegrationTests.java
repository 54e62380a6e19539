package com.adtopaper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.member.Schools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doThrow;

/**
 * What an operator sees of a node, with Datadog's and Sentry's intakes stood in for by
 * stubs on loopback: the node's meters arrive at Datadog under their names with the API
 * key; an unexpected error behind a 500 and a job that died arrive at Sentry with their
 * exception, a domain refusal does not; every request has an id, echoed and in its log
 * lines (JSON, as in production), and a client's id that is not shaped like one is
 * replaced.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@Import(ObservabilityIntegrationTests.DoomedJobs.class)
// as in production; read when logging starts, before dynamic properties exist
@TestPropertySource(properties = "logging.structured.format.console=ecs")
class ObservabilityIntegrationTests {

	static final TelemetryStub datadog = stub();

	static final TelemetryStub sentry = stub();

	static final JobType<Doomed> DOOMED = JobType.of("default", "observability-test.doomed", Doomed.class);

	record Doomed(String marker) {
	}

	static class DoomedJobException extends RuntimeException {

		DoomedJobException(String message) {
			super(message);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DoomedJobs {

		@Bean
		JobHandler<Doomed> doomedJobs() {
			return JobHandler.of(DOOMED, (payload, job) -> {
				throw new DoomedJobException("the printer caught fire: " + payload.marker());
			});
		}

	}

	/**
	 * Meters registered on their first occurrence, by modules this test does not drive.
	 */
	static final Set<String> ONLY_ONCE_THEY_HAPPEN = Set.of("adtopaper.querycache.errors");

	@DynamicPropertySource
	static void telemetry(DynamicPropertyRegistry registry) {
		registry.add("management.datadog.metrics.export.enabled", () -> "true");
		registry.add("management.datadog.metrics.export.api-key", () -> "datadog-test-key");
		registry.add("management.datadog.metrics.export.uri", datadog::url);
		registry.add("management.datadog.metrics.export.step", () -> "1s");
		// as application-production.yml asks, for the dashboard's p99
		registry.add("management.metrics.distribution.percentiles.[http.server.requests]", () -> "0.5, 0.99");
		registry.add("adtopaper.error-tracking.dsn", () -> "http://sentry-test-key@127.0.0.1:" + sentry.port() + "/1");
		registry.add("adtopaper.error-tracking.environment", () -> "it");
	}

	@LocalServerPort
	int port;

	@Autowired
	JobQueue queue;

	@Autowired
	JsonMapper json;

	@MockitoSpyBean
	Schools schools;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@AfterAll
	static void stopStubs() {
		datadog.close();
		sentry.close();
	}

	@Test
	void theNodesMetersArriveAtDatadogWithItsApiKey() throws Exception {
		assertThat(get("/api/v1/schools", null).statusCode()).isEqualTo(200);
		this.queue.enqueue(DOOMED.with(new Doomed("metrics")).maxAttempts(1));
		Set<String> expected = Set.of("http.server.requests.count", "jvm.memory.used", "hikaricp.connections.active",
				"adtopaper.querycache.requests", "adtopaper.queue.jobs", "adtopaper.queue.depth",
				"adtopaper.printing.jobs", "adtopaper.printing.sides", "adtopaper.printing.failures",
				"adtopaper.ads.decisions.count", "adtopaper.ads.impressions", "adtopaper.push.sends");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(seriesNames()).containsAll(expected));
		List<TelemetryStub.Received> posts = datadog.received();
		assertThat(posts).allSatisfy((post) -> {
			// Micrometer's Datadog registry sends the key as Datadog's v1 API reads it
			assertThat(post.path()).isEqualTo("/api/v1/series?api_key=datadog-test-key");
		});
		// every metric the dashboard shows arrives under that name, but those that appear
		// only once they happen
		Set<String> dashboard = dashboardMetrics();
		dashboard.removeAll(ONLY_ONCE_THEY_HAPPEN);
		assertThat(dashboard).hasSizeGreaterThan(20);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(seriesNames()).containsAll(dashboard));
		// the request made above, tagged as a dashboard groups it
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(series("http.server.requests.count"))
				.anySatisfy((s) -> assertThat(tags(s)).contains("uri:/api/v1/schools", "status:200")));
		// the job that died, counted by its queue
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(series("adtopaper.queue.jobs"))
				.anySatisfy((s) -> assertThat(tags(s)).contains("queue:default", "outcome:dead")));
	}

	@Test
	void anUnexpectedErrorReachesSentryAndADomainRefusalDoesNot(CapturedOutput output) throws Exception {
		String refusedId = "refused-" + UUID.randomUUID();
		HttpResponse<String> refusal = post("/api/v1/members",
				this.json.writeValueAsString(Map.of("email", "someone@example.com", "password", TestAccounts.PASSWORD,
						"name", "Someone", "schoolId", 1, "major", "Physics", "admissionYear", 2023, "gender", "FEMALE",
						"birthYear", 2004)),
				refusedId);
		assertThat(refusal.statusCode()).isBetween(400, 499);

		String failedId = "failed-" + UUID.randomUUID();
		doThrow(new IllegalStateException("the schools table is unreadable")).when(this.schools).all();
		HttpResponse<String> failure = get("/api/v1/schools", failedId);
		assertThat(failure.statusCode()).isEqualTo(500);
		assertThat(failure.body()).doesNotContain("unreadable");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sentryEvents()).anySatisfy((event) -> {
			assertThat(exceptionTypes(event)).contains("IllegalStateException");
			assertThat(event.path("tags").path("requestId").asString()).isEqualTo(failedId);
			assertThat(event.path("environment").asString()).isEqualTo("it");
		}));
		// events are sent in order: one for the refusal would have arrived before
		assertThat(sentryEvents())
			.noneSatisfy((event) -> assertThat(event.path("tags").path("requestId").asString()).isEqualTo(refusedId));
		assertThat(sentry.received()).allSatisfy((envelope) -> {
			assertThat(envelope.path()).startsWith("/api/1/envelope/");
			assertThat(envelope.headers().get("x-sentry-auth")).contains("sentry_key=sentry-test-key");
		});
		// the operator finds the failure's log line by the id the client was answered
		// with
		assertThat(failure.headers().firstValue("X-Request-Id")).hasValue(failedId);
		assertThat(logLines(output, failedId))
			.anySatisfy((line) -> assertThat(line.path("message").asString()).isEqualTo("Unexpected error"));
	}

	@Test
	void aJobThatDiesReachesSentryWithWhatKilledIt() {
		String marker = UUID.randomUUID().toString();
		this.queue.enqueue(DOOMED.with(new Doomed(marker)).maxAttempts(1));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sentryEvents()).anySatisfy((event) -> {
			assertThat(exceptionTypes(event)).anySatisfy((type) -> assertThat(type).endsWith("DoomedJobException"));
			assertThat(event.path("exception").toString()).contains(marker);
		}));
	}

	@Test
	void aRequestIdIsEchoedAndLoggedAndAHostileOneReplaced(CapturedOutput output) throws Exception {
		String id = "haproxy-" + UUID.randomUUID();
		doThrow(new IllegalStateException("logged with its id")).when(this.schools).all();
		HttpResponse<String> given = get("/api/v1/schools", id);
		assertThat(given.headers().firstValue("X-Request-Id")).hasValue(id);
		assertThat(logLines(output, id)).isNotEmpty();

		String hostile = "x\",\"level\":\"INFO\",\"message\":\"all is well";
		HttpResponse<String> replaced = get("/api/v1/schools", hostile);
		String generated = replaced.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(generated).matches("[0-9a-f-]{36}");
		assertThat(logLines(output, generated)).isNotEmpty();
		assertThat(output.getOut()).doesNotContain("all is well");

		HttpResponse<String> none = get("/api/v1/schools", null);
		assertThat(none.headers().firstValue("X-Request-Id"))
			.hasValueSatisfying((fresh) -> assertThat(fresh).matches("[0-9a-f-]{36}").isNotEqualTo(generated));
	}

	private static TelemetryStub stub() {
		try {
			return new TelemetryStub();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> get(String path, String requestId) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "application/json");
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body, String requestId) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("X-Request-Id", requestId)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<JsonNode> allSeries() {
		List<JsonNode> all = new ArrayList<>();
		for (TelemetryStub.Received post : datadog.received()) {
			this.json.readTree(post.body()).path("series").forEach(all::add);
		}
		return all;
	}

	/** The metrics that deploy/datadog/dashboard.json queries. */
	private static Set<String> dashboardMetrics() throws java.io.IOException {
		String dashboard = java.nio.file.Files.readString(java.nio.file.Path.of("deploy/datadog/dashboard.json"));
		Set<String> metrics = new TreeSet<>();
		java.util.regex.Matcher query = java.util.regex.Pattern.compile("\\b(?:sum|avg|max|min):([a-z0-9_.]+)\\{")
			.matcher(dashboard);
		while (query.find()) {
			metrics.add(query.group(1));
		}
		return metrics;
	}

	private Set<String> seriesNames() {
		Set<String> names = new TreeSet<>();
		allSeries().forEach((s) -> names.add(s.path("metric").asString()));
		return names;
	}

	private List<JsonNode> series(String metric) {
		return allSeries().stream().filter((s) -> metric.equals(s.path("metric").asString())).toList();
	}

	private static List<String> tags(JsonNode series) {
		List<String> tags = new ArrayList<>();
		series.path("tags").forEach((tag) -> tags.add(tag.asString()));
		return tags;
	}

	/** The events of every envelope received: the lines that are an event's JSON. */
	private List<JsonNode> sentryEvents() {
		List<JsonNode> events = new ArrayList<>();
		for (TelemetryStub.Received envelope : sentry.received()) {
			for (String line : envelope.body().split("\n")) {
				if (line.startsWith("{") && line.contains("\"exception\"")) {
					JsonNode item = this.json.readTree(line);
					if (item.has("exception")) {
						events.add(item);
					}
				}
			}
		}
		return events;
	}

	private static List<String> exceptionTypes(JsonNode event) {
		List<String> types = new ArrayList<>();
		event.path("exception").path("values").forEach((value) -> types.add(value.path("type").asString()));
		return types;
	}

	/** The JSON log lines written while handling the request with this id. */
	private List<JsonNode> logLines(CapturedOutput output, String requestId) {
		List<JsonNode> lines = new ArrayList<>();
		for (String line : output.getOut().split("\n")) {
			if (line.startsWith("{") && line.contains(requestId)) {
				JsonNode entry = this.json.readTree(line);
				if (requestId.equals(entry.path("requestId").asString())) {
					lines.add(entry);
				}
			}
		}
		return lines;
	}

}
