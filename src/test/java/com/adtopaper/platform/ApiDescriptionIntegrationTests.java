package com.adtopaper.platform;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.Pdfs;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description ({@code /v3/api-docs}) is what the app's developers build from: it
 * is read here as they read it and compared, operation by operation, with the routes the
 * application really has and with what they really answer. Generic over every operation
 * of {@code /api/**} and {@code /printer/**}, so that a new route is held to it too.
 */
@IntegrationTest
class ApiDescriptionIntegrationTests {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

	private static final Map<String, String> CHANNEL_TAGS = new LinkedHashMap<>();

	static {
		// the longest prefix wins, so the narrower ones first
		CHANNEL_TAGS.put("/api/v1/admin/", "Admin API");
		CHANNEL_TAGS.put("/api/v1/advertiser/", "Advertiser API");
		CHANNEL_TAGS.put("/api/v1/partner/", "Partner API");
		CHANNEL_TAGS.put("/printer/", "Printer API");
		CHANNEL_TAGS.put("/api/", "App API");
	}

	@Autowired
	RestTestClient client;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private JsonNode document;

	private List<Op> operations;

	record Op(String method, String path, JsonNode node) {

		String key() {
			return this.method + " " + this.path;
		}

		Set<String> statuses() {
			return new TreeSet<>(this.node.path("responses").propertyNames());
		}

		Set<String> successes() {
			Set<String> successes = new TreeSet<>();
			statuses().stream().filter((status) -> status.startsWith("2")).forEach(successes::add);
			return successes;
		}

		boolean secured() {
			return !this.node.path("security").isEmpty();
		}

		boolean hasParameters() {
			return !this.node.path("parameters").isEmpty();
		}

		boolean hasBody() {
			return this.node.has("requestBody");
		}

	}

	@BeforeEach
	void readTheDocument() {
		String body = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		this.document = this.json.readTree(body);
		this.operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				this.operations.add(new Op(operation.getKey().toUpperCase(), path.getKey(), operation.getValue()));
			}
		}
		assertThat(this.operations).hasSizeGreaterThan(50);
	}

	@Test
	void everyRouteOfTheApisIsDescribedOnce() {
		assertThat(this.operations.stream().map(Op::key).toList()).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(routes().keySet());
	}

	@Test
	void operationIdsAreUniqueAndNameTheChannelControllerAndMethod() {
		Set<String> ids = new HashSet<>();
		for (Op op : this.operations) {
			String id = op.node().path("operationId").asString("");
			assertThat(id).as(op.key()).matches("[a-z][A-Za-z0-9]+");
			assertThat(ids.add(id)).as("%s: the id %s is taken", op.key(), id).isTrue();
			HandlerMethod handler = routes().get(op.key());
			String channel = channelTag(op.path()).split(" ")[0].toLowerCase();
			assertThat(id).as(op.key())
				.startsWith(channel)
				.containsIgnoringCase(handler.getBeanType().getSimpleName().replace("Controller", ""))
				.endsWithIgnoringCase(handler.getMethod().getName());
		}
	}

	@Test
	void everyOperationIsTaggedWithItsChannel() {
		Set<String> tags = new HashSet<>();
		this.document.path("tags").forEach((tag) -> tags.add(tag.path("name").asString()));
		assertThat(tags).containsExactlyInAnyOrderElementsOf(new HashSet<>(CHANNEL_TAGS.values()));
		for (Op op : this.operations) {
			assertThat(op.node().path("tags").valueStream().map(JsonNode::asString).toList()).as(op.key())
				.containsExactly(channelTag(op.path()));
		}
	}

	/**
	 * The current account, the printer's principal, servlet requests and responses are
	 * the server's: a client cannot send them, so they are no parameter and no part.
	 */
	@Test
	void operationsTakeOnlyWhatAClientSends() {
		String text = this.document.toString();
		assertThat(text).doesNotContain("CurrentAccount", "PrinterPrincipal", "HttpServletRequest",
				"HttpServletResponse", "Principal\"");
		for (Op op : this.operations) {
			HandlerMethod handler = routes().get(op.key());
			Map<String, String> expected = new TreeMap<>();
			Map<String, String> parts = new TreeMap<>();
			boolean jsonBody = false;
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				String name = parameter.getParameterName();
				if (parameter.getParameterAnnotation(PathVariable.class) instanceof PathVariable variable) {
					expected.put(or(variable.name(), name), "path");
				}
				else if (parameter.getParameterAnnotation(RequestParam.class) instanceof RequestParam param) {
					expected.put(or(param.name(), name), "query");
				}
				else if (parameter.getParameterAnnotation(RequestHeader.class) instanceof RequestHeader header) {
					expected.put(or(header.name(), name), "header");
				}
				else if (parameter.getParameterAnnotation(RequestPart.class) instanceof RequestPart part) {
					parts.put(or(part.name(), name), parameter.getParameterType().getSimpleName());
				}
				else if (parameter.hasParameterAnnotation(RequestBody.class)) {
					jsonBody = true;
				}
			}
			Map<String, String> described = new TreeMap<>();
			op.node()
				.path("parameters")
				.forEach((parameter) -> described.put(parameter.path("name").asString(),
						parameter.path("in").asString()));
			assertThat(described).as("the parameters of %s", op.key()).isEqualTo(expected);
			JsonNode content = op.node().path("requestBody").path("content");
			if (jsonBody) {
				assertThat(content.has("application/json")).as("%s takes JSON", op.key()).isTrue();
			}
			else if (!parts.isEmpty()) {
				JsonNode schema = content.path("multipart/form-data").path("schema");
				assertThat(schema.path("properties").propertyNames()).as("the parts of %s", op.key())
					.containsExactlyInAnyOrderElementsOf(parts.keySet());
				parts.forEach((part, type) -> {
					if (type.equals(MultipartFile.class.getSimpleName())) {
						assertThat(schema.path("properties").path(part).path("format").asString())
							.as("the part %s of %s", part, op.key())
							.isEqualTo("binary");
					}
				});
			}
			else {
				assertThat(op.hasBody()).as("%s takes no body", op.key()).isFalse();
			}
		}
	}

	/**
	 * The status a route answers when it works: its {@code @ResponseStatus}, else 200;
	 * another success only where the route declares one ({@code @ApiResponse}).
	 */
	@Test
	void everyOperationListsItsRealSuccessStatus() {
		for (Op op : this.operations) {
			Method method = routes().get(op.key()).getMethod();
			ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(method, ResponseStatus.class);
			String expected = (status != null) ? Integer.toString(status.code().value()) : "200";
			Set<String> declared = new TreeSet<>();
			AnnotatedElementUtils.findMergedRepeatableAnnotations(method, ApiResponse.class)
				.forEach((response) -> declared.add(response.responseCode()));
			declared.add(expected);
			assertThat(op.successes()).as("the successes of %s", op.key())
				.contains(expected)
				.allSatisfy((success) -> assertThat(declared).contains(success));
		}
	}

	/** What the routes really answer is what their description lists. */
	@Test
	void theStatusesRoutesReallyAnswerAreDescribed() throws Exception {
		var members = new TestAccounts(this.client, this.accounts, this.verification);
		String email = TestAccounts.uniqueEmail("apidocs");
		assertAnswer("POST", "/api/v1/members", null, this.json.writeValueAsString(TestAccounts.registration(email)),
				202);
		TestAccounts.Session member = members.login(email);
		assertAnswer("POST", "/api/v1/auth/token", null,
				this.json.writeValueAsString(Map.of("email", email, "password", TestAccounts.PASSWORD)), 200);
		assertAnswer("GET", "/api/v1/me", member.bearer(), null, 200);
		assertAnswer("POST", "/api/v1/me/verification/mail", member.bearer(), null, 202);
		String device = assertAnswer("POST", "/api/v1/me/devices", member.bearer(),
				"{\"platform\":\"FCM\",\"token\":\"apidocs_device_token_" + member.id() + "\"}", 201);
		long deviceId = this.json.readTree(device).path("id").asLong();
		assertAnswer("DELETE", "/api/v1/me/devices/" + deviceId, member.bearer(), null, 204);
		long documentId = members.upload(member, "notes.pdf", Pdfs.text(1));
		assertAnswer("GET", "/api/v1/me/documents/" + documentId, member.bearer(), null, 200);
		assertAnswer("GET", "/api/v1/schools", null, null, 200);
		assertAnswer("POST", "/api/v1/auth/logout", null,
				this.json.writeValueAsString(Map.of("refreshToken", member.refreshToken())), 204);
		// the problems
		TestAccounts.Session other = members.newAccount(Role.MEMBER);
		assertProblem("GET", "/api/v1/me/documents/" + documentId, other.bearer(), null, 404);
		assertProblem("GET", "/api/v1/me/documents/not-a-number", other.bearer(), null, 400);
		assertProblem("POST", "/api/v1/me/jobs", other.bearer(), "{}", 400);
		assertProblem("GET", "/api/v1/admin/queues", other.bearer(), null, 403);
		assertProblem("POST", "/api/v1/auth/token", null,
				this.json.writeValueAsString(Map.of("email", email, "password", "wrong password")), 401);
	}

	@Test
	void everyOperationListsTheProblemDetailsItCanAnswerWith() {
		JsonNode problem = this.document.path("components").path("schemas").path("ProblemDetail");
		assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail", "instance",
				"errors");
		for (Op op : this.operations) {
			Set<String> statuses = op.statuses();
			if (op.hasParameters() || op.hasBody()) {
				assertThat(statuses).as("%s can refuse a request as invalid", op.key()).contains("400");
			}
			if (op.secured()) {
				assertThat(statuses).as("%s needs credentials of the right account", op.key()).contains("401", "403");
			}
			if (op.path().contains("{")) {
				assertThat(statuses).as("%s names a thing that may not be there", op.key()).contains("404");
			}
			if (op.hasBody()) {
				assertThat(statuses).as("%s takes a body that may be too large", op.key()).contains("413");
			}
			for (String status : statuses) {
				if (status.startsWith("4") || status.startsWith("5")) {
					JsonNode content = op.node().path("responses").path(status).path("content");
					assertThat(content.propertyNames()).as("%s %s", op.key(), status)
						.containsExactly("application/problem+json");
					assertThat(content.path("application/problem+json").path("schema").path("$ref").asString())
						.as("%s %s", op.key(), status)
						.isEqualTo("#/components/schemas/ProblemDetail");
				}
			}
		}
	}

	/**
	 * A lock exactly where a route needs credentials: every operation is called without
	 * any, and answers 401 if and only if its description asks for some.
	 */
	@Test
	void operationsAskForCredentialsExactlyWhereTheRoutesNeedThem() throws Exception {
		assertThat(this.document.has("security")).as("no security for all operations at once").isFalse();
		JsonNode schemes = this.document.path("components").path("securitySchemes");
		assertThat(schemes.path("bearer").path("type").asString()).isEqualTo("http");
		assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.path("printerSignature").path("in").asString()).isEqualTo("header");
		assertThat(schemes.path("printerSignature").path("name").asString()).isEqualTo("X-Printer-Key");
		List<String> wrong = new ArrayList<>();
		for (Op op : this.operations) {
			if (op.secured()) {
				assertThat(op.node().path("security").get(0).propertyNames()).as(op.key())
					.containsExactly(op.path().startsWith("/printer/") ? "printerSignature" : "bearer");
			}
			String body = op.node().path("requestBody").path("content").has("application/json") ? "{}" : null;
			HttpResponse<String> response = send(op.method(), PATH_VARIABLE.matcher(op.path()).replaceAll("1"), null,
					body);
			boolean refused = response.statusCode() == 401;
			if (refused != op.secured() || (!op.secured() && response.statusCode() == 403)) {
				wrong.add(op.key() + " is described " + (op.secured() ? "with" : "without")
						+ " security but answers a call without credentials with " + response.statusCode());
			}
		}
		assertThat(wrong).isEmpty();
		Set<String> open = new TreeSet<>();
		this.operations.stream().filter((op) -> !op.secured()).forEach((op) -> open.add(op.key()));
		assertThat(open).contains("POST /api/v1/members", "POST /api/v1/auth/token", "GET /api/v1/schools");
	}

	// ---

	private Map<String, HandlerMethod> routes() {
		Map<String, HandlerMethod> routes = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			for (String path : entry.getKey().getPatternValues()) {
				if (path.startsWith("/api/") || path.startsWith("/printer/")) {
					entry.getKey()
						.getMethodsCondition()
						.getMethods()
						.forEach((method) -> routes.put(method.name() + " " + path, entry.getValue()));
				}
			}
		}
		return routes;
	}

	private static String channelTag(String path) {
		return CHANNEL_TAGS.entrySet()
			.stream()
			.filter((entry) -> path.startsWith(entry.getKey()))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	private static String or(String name, String fallback) {
		return name.isEmpty() ? fallback : name;
	}

	private Op op(String method, String path) {
		for (Op op : this.operations) {
			if (op.method().equals(method)
					&& Pattern.matches(PATH_VARIABLE.matcher(op.path()).replaceAll("[^/]+"), path)) {
				return op;
			}
		}
		throw new AssertionError("no operation " + method + " " + path);
	}

	private String assertAnswer(String method, String path, String bearer, String body, int status) throws Exception {
		HttpResponse<String> response = send(method, path, bearer, body);
		assertThat(response.statusCode()).as("%s %s answers %s", method, path, response.body()).isEqualTo(status);
		assertThat(op(method, path).successes()).as("the successes described for %s %s", method, path)
			.contains(Integer.toString(status));
		return response.body();
	}

	private void assertProblem(String method, String path, String bearer, String body, int status) throws Exception {
		HttpResponse<String> response = send(method, path, bearer, body);
		assertThat(response.statusCode()).as("%s %s answers %s", method, path, response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(op(method, path).statuses()).as("the statuses described for %s %s", method, path)
			.contains(Integer.toString(status));
	}

	private HttpResponse<String> send(String method, String path, String bearer, String body) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			builder.header("Content-Type", "application/json");
		}
		if (bearer != null) {
			builder.header("Authorization", bearer);
		}
		return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

}
