package com.adtopaper;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.adtopaper.ads.Advertisers;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printerapi.SignedPrinterClient;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.Printers;
import com.adtopaper.member.SecondFactors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the API (from its OpenAPI document), of the printer API and every
 * page route (from Spring's handler mapping), called by each role with hostile values in
 * each parameter and body field: huge, negative and fractional numbers, empty and
 * over-long strings, Hangul, emoji, right-to-left text, NUL, dates no database holds, and
 * broken multipart bodies. None may answer with a 5xx; the message lists every request
 * that did.
 */
@IntegrationTest
class HostileInputIntegrationTests {

	private static final List<String> HOSTILE_TEXT = List.of("2147483648", "2147483647", "9223372036854775808", "1e400",
			"-1", "-2147483649", "2.5", "", " ", "비밀번호가아주긴한국어비밀번호입니다비밀번호가아주긴한국어비밀번호입니다", "😀🎉", "\u202Eevil\u202C",
			"a\u0000b", "+999999999-12-31", "-999999999-01-01", "0000-00-00", "9999-12-31T23:59:59",
			"x".repeat(100_000));

	/** JSON tokens written into a body as they are (numbers a type may not hold). */
	private static final List<String> HOSTILE_JSON = List.of("2147483648", "9223372036854775808", "1e400", "-1", "2.5",
			"1.5", "-0", "true", "null", "{}", "[]");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RestTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SchoolVerification verification;

	@Autowired
	Printers printers;

	@Autowired
	Advertisers advertisers;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	private final Map<Role, String> bearers = new LinkedHashMap<>();

	private final Map<Role, WebSession> sessions = new LinkedHashMap<>();

	private final Map<String, String> known = new LinkedHashMap<>();

	private final Map<Role, String> emails = new LinkedHashMap<>();

	private SignedPrinterClient printer;

	record WebSession(HttpClient http, String csrf) {
	}

	/** One request to make and how to describe it when it fails. */
	record Call(String who, HttpRequest request, String description, @Nullable HttpClient browser) {

		Call(String who, HttpRequest request, String description) {
			this(who, request, description, null);
		}

	}

	@Test
	void noHostileValueEndsInAServerError() throws Exception {
		setUp();
		List<Call> calls = new ArrayList<>();
		calls.addAll(apiCalls());
		calls.addAll(routeCalls());
		calls.add(new Call("anonymous", get("/error", null), "GET /error"));
		calls.add(new Call("anonymous", get("/error", "text/html"), "GET /error (HTML)"));
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<?>> results = new ArrayList<>();
			for (Call call : calls) {
				results.add(pool.submit(() -> send(call)));
			}
			for (Future<?> result : results) {
				result.get();
			}
		}
		List<String> sorted = new ArrayList<>(new LinkedHashSet<>(this.failures));
		Collections.sort(sorted);
		assertThat(sorted)
			.as("%d of %d hostile requests ended in a server error:%n%s", sorted.size(), calls.size(),
					String.join("\n", sorted))
			.isEmpty();
	}

	private void setUp() throws Exception {
		var accounts = new TestAccounts(this.client, this.accounts, this.verification, this.secondFactors);
		for (Role role : Role.values()) {
			TestAccounts.Session session = switch (role) {
				case MEMBER -> accounts.newMember();
				case ADVERTISER -> {
					String email = TestAccounts.uniqueEmail("hostile-advertiser");
					this.advertisers.invite(email, TestAccounts.PASSWORD, "Hostile Ads", "Contact", "010-0000-0000");
					yield accounts.login(email);
				}
				default -> accounts.newAccount(role);
			};
			this.bearers.put(role, session.bearer());
			this.emails.put(role, session.email());
			this.sessions.put(role, webLogin(session.email()));
		}
		this.sessions.put(null, webLogin(null));
		long partner = this.accounts
			.create(TestAccounts.uniqueEmail("hostile-partner"), TestAccounts.PASSWORD, "Partner", Role.PARTNER)
			.id();
		long site = this.printers.addSite(partner, "Hostile Hall", "Seoul", 1L);
		PrinterCredentials credentials = this.printers.register(site, "Hostile 1F");
		this.printers.report(credentials.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		this.printer = new SignedPrinterClient(this.http, base(), credentials.keyId(), credentials.secret());
		this.known.put("printerCode", this.printers.get(credentials.printerId()).code());
		this.known.put("printerId", Long.toString(credentials.printerId()));
		this.known.put("siteId", Long.toString(site));
		this.known.put("memberId",
				Long.toString(this.accounts.findByEmail(this.emails.get(Role.MEMBER)).orElseThrow().id()));
		this.known.put("documentId", Long.toString(upload()));
		this.known.put("campaignId", Long.toString(campaign()));
	}

	// --- the API, from its OpenAPI document

	private List<Call> apiCalls() {
		JsonNode openApi = this.json.readTree(this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		assertThat(openApi.get("paths").size()).isGreaterThan(30);
		List<Call> calls = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase();
				JsonNode op = operation.getValue();
				Map<String, String> pathParams = new LinkedHashMap<>();
				Map<String, String> queryParams = new LinkedHashMap<>();
				for (JsonNode parameter : op.path("parameters")) {
					String name = parameter.get("name").asString();
					String in = parameter.get("in").asString();
					if ("path".equals(in)) {
						pathParams.put(name, valid(path.getKey(), name, resolve(openApi, parameter.path("schema"))));
					}
					else if ("query".equals(in)) {
						queryParams.put(name, valid(path.getKey(), name, resolve(openApi, parameter.path("schema"))));
					}
				}
				JsonNode content = op.path("requestBody").path("content");
				@Nullable JsonNode jsonSchema = content.has("application/json")
						? resolve(openApi, content.get("application/json").path("schema")) : null;
				boolean multipart = content.has("multipart/form-data");
				for (Role role : rolesFor(path.getKey())) {
					String who = (role != null) ? role.name() : "anonymous";
					Function<HttpRequest.Builder, HttpRequest.Builder> auth = (builder) -> (role != null)
							? builder.header("Authorization", this.bearers.get(role)) : builder;
					@Nullable ObjectNode body = (jsonSchema != null) ? (ObjectNode) example(openApi, jsonSchema, path.getKey())
							: null;
					calls.add(new Call(who, apiRequest(auth, method, path.getKey(), pathParams, queryParams, body),
							method + " " + path.getKey() + " (valid values)"));
					if (role != primaryRole(path.getKey())) {
						continue;
					}
					for (String name : pathParams.keySet()) {
						for (String value : HOSTILE_TEXT) {
							var hostile = new LinkedHashMap<>(pathParams);
							hostile.put(name, value);
							calls.add(new Call(who, apiRequest(auth, method, path.getKey(), hostile, queryParams, body),
									method + " " + path.getKey() + " path " + name + "=" + shown(value)));
						}
					}
					for (String name : queryParams.keySet()) {
						for (String value : HOSTILE_TEXT) {
							var hostile = new LinkedHashMap<>(queryParams);
							hostile.put(name, value);
							calls.add(new Call(who, apiRequest(auth, method, path.getKey(), pathParams, hostile, body),
									method + " " + path.getKey() + " query " + name + "=" + shown(value)));
						}
					}
					if (body != null) {
						for (List<String> field : leaves(body, List.of())) {
							for (JsonNode value : hostileJson()) {
								ObjectNode hostile = body.deepCopy();
								set(hostile, field, value);
								freshEmail(hostile, field.getLast());
								calls.add(new Call(who,
										apiRequest(auth, method, path.getKey(), pathParams, queryParams, hostile),
										method + " " + path.getKey() + " body " + String.join(".", field) + "="
												+ shown(value.toString())));
							}
						}
						for (String raw : List.of("", "{", "[1,2]", "\"text\"", "{\"a\":\u0000}")) {
							calls.add(new Call(who,
									auth.apply(builder(method, uri(path.getKey(), pathParams, queryParams),
											raw.getBytes(StandardCharsets.UTF_8), "application/json"))
										.build(),
									method + " " + path.getKey() + " raw body " + shown(raw)));
						}
					}
					if (multipart) {
						for (Map.Entry<String, byte[]> broken : brokenMultiparts().entrySet()) {
							String[] parts = broken.getKey().split("\\|", 2);
							calls.add(new Call(who,
									auth.apply(builder(method, uri(path.getKey(), pathParams, queryParams),
											broken.getValue(), parts[0]))
										.build(),
									method + " " + path.getKey() + " multipart " + parts[1]));
						}
					}
				}
			}
		}
		return calls;
	}

	private HttpRequest apiRequest(Function<HttpRequest.Builder, HttpRequest.Builder> auth, String method,
			String template, Map<String, String> pathParams, Map<String, String> queryParams, @Nullable JsonNode body) {
		byte[] bytes = (body != null) ? this.json.writeValueAsBytes(body) : new byte[0];
		return auth
			.apply(builder(method, uri(template, pathParams, queryParams), bytes,
					(body != null) ? "application/json" : null))
			.build();
	}

	private JsonNode resolve(JsonNode openApi, JsonNode schema) {
		if (schema.has("$ref")) {
			String[] ref = schema.get("$ref").asString().substring(2).split("/");
			JsonNode target = openApi;
			for (String part : ref) {
				target = target.path(part);
			}
			return resolve(openApi, target);
		}
		if (schema.has("oneOf")) {
			return resolve(openApi, schema.get("oneOf").get(0));
		}
		if (schema.has("allOf")) {
			return resolve(openApi, schema.get("allOf").get(0));
		}
		return schema;
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!"null".equals(each.asString())) {
					return each.asString();
				}
			}
		}
		return type.asString("object");
	}

	/**
	 * A value the operation would accept, so that one hostile field at a time is tried.
	 */
	private JsonNode example(JsonNode openApi, JsonNode schema, String path) {
		schema = resolve(openApi, schema);
		return switch (type(schema)) {
			case "object" -> {
				ObjectNode object = this.json.createObjectNode();
				for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
					JsonNode value = resolve(openApi, property.getValue());
					String known = knownValue(path, property.getKey());
					if (known != null) {
						object.set(property.getKey(), "string".equals(type(value))
								? this.json.getNodeFactory().stringNode(known) : this.json.readTree(known));
					}
					else {
						object.set(property.getKey(), example(openApi, value, path));
					}
				}
				yield object;
			}
			case "array" -> this.json.createArrayNode().add(example(openApi, schema.path("items"), path));
			case "integer", "number" -> this.json.getNodeFactory().numberNode(1);
			case "boolean" -> this.json.getNodeFactory().booleanNode(false);
			default -> this.json.getNodeFactory().stringNode(stringExample(schema));
		};
	}

	private static String stringExample(JsonNode schema) {
		if (schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		return switch (schema.path("format").asString("")) {
			case "date" -> LocalDate.now().plusDays(1).toString();
			case "date-time" -> "2030-01-01T00:00:00Z";
			case "email" -> TestAccounts.uniqueEmail("hostile");
			default -> "Hostile 값";
		};
	}

	private List<JsonNode> hostileJson() {
		List<JsonNode> values = new ArrayList<>();
		for (String token : HOSTILE_JSON) {
			values.add(this.json.readTree(token));
		}
		for (String text : HOSTILE_TEXT) {
			values.add(this.json.getNodeFactory().stringNode(text));
		}
		var many = this.json.createArrayNode();
		for (int i = 0; i < 5_000; i++) {
			many.add("값" + i);
		}
		values.add(many);
		return values;
	}

	/**
	 * A hostile password or school reaches the account's creation only with an e-mail not
	 * yet taken; other fields share one, so that not every request costs a bcrypt hash.
	 */
	private static boolean needsFreshEmail(String field) {
		return "password".equals(field) || "schoolId".equals(field);
	}

	private static void freshEmail(ObjectNode body, String field) {
		if (needsFreshEmail(field) && body.has("email")) {
			body.put("email", TestAccounts.uniqueEmail("hostile"));
		}
	}

	private static List<List<String>> leaves(JsonNode node, List<String> at) {
		List<List<String>> leaves = new ArrayList<>();
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				List<String> path = new ArrayList<>(at);
				path.add(property.getKey());
				leaves.add(path);
				if (property.getValue().isObject()) {
					leaves.addAll(leaves(property.getValue(), path));
				}
			}
		}
		return leaves;
	}

	private static void set(ObjectNode root, List<String> path, JsonNode value) {
		ObjectNode at = root;
		for (int i = 0; i < path.size() - 1; i++) {
			at = (ObjectNode) at.get(path.get(i));
		}
		at.set(path.getLast(), value);
	}

	// --- the printer API and the pages, from the handler mapping

	private List<Call> routeCalls() {
		List<Call> calls = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = mapping.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("com.adtopaper")) {
				continue;
			}
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String template : mapping.getKey().getPatternValues()) {
				if (template.startsWith("/api/") || template.startsWith("/error") || template.endsWith("/live")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					calls.addAll(routeCalls(method.name(), template, handler));
				}
			}
		}
		return calls;
	}

	private List<Call> routeCalls(String method, String template, HandlerMethod handler) {
		Map<String, String> pathParams = new LinkedHashMap<>();
		Map<String, String> fields = new LinkedHashMap<>();
		@Nullable Class<?> jsonBody = null;
		boolean multipart = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			String name = String.valueOf(parameter.getParameterName());
			if (parameter.hasParameterAnnotation(PathVariable.class)) {
				pathParams.put(name, valid(template, name, null));
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				jsonBody = type;
			}
			else if (MultipartFile.class.isAssignableFrom(type)
					|| parameter.hasParameterAnnotation(RequestPart.class)) {
				multipart = true;
			}
			else if (parameter.hasParameterAnnotation(RequestParam.class)) {
				String param = parameter.getParameterAnnotation(RequestParam.class).name();
				param = param.isEmpty() ? name : param;
				fields.put(param, valid(template, param, null));
			}
			else if (type.getPackageName().startsWith("com.adtopaper") && !type.getSimpleName().contains("Current")
					&& !type.getSimpleName().contains("Principal")) {
				for (Map.Entry<String, Class<?>> field : properties(type).entrySet()) {
					fields.put(field.getKey(), formValue(template, field.getKey(), field.getValue()));
				}
			}
		}
		boolean printerApi = template.startsWith("/printer/");
		List<Role> roles = printerApi ? List.of() : rolesFor(template);
		List<Call> calls = new ArrayList<>();
		@Nullable String body = (jsonBody != null) ? this.json.writeValueAsString(bodyFor(jsonBody, template)) : null;
		if (printerApi) {
			calls.add(printerCall(method, uri(template, pathParams, fields), body, "(valid values)"));
			for (String name : pathParams.keySet()) {
				for (String value : HOSTILE_TEXT) {
					var hostile = new LinkedHashMap<>(pathParams);
					hostile.put(name, value);
					calls.add(printerCall(method, uri(template, hostile, fields), body,
							"path " + name + "=" + shown(value)));
				}
			}
			for (String name : fields.keySet()) {
				for (String value : HOSTILE_TEXT) {
					var hostile = new LinkedHashMap<>(fields);
					hostile.put(name, value);
					calls.add(printerCall(method, uri(template, pathParams, hostile), body,
							"query " + name + "=" + shown(value)));
				}
			}
			if (body != null) {
				ObjectNode object = (ObjectNode) this.json.readTree(body);
				for (List<String> field : leaves(object, List.of())) {
					for (JsonNode value : hostileJson()) {
						ObjectNode hostile = object.deepCopy();
						set(hostile, field, value);
						calls.add(printerCall(method, uri(template, pathParams, fields),
								this.json.writeValueAsString(hostile),
								"body " + String.join(".", field) + "=" + shown(value.toString())));
					}
				}
			}
			return calls;
		}
		for (Role role : roles) {
			boolean primary = role == primaryRole(template);
			String who = (role != null) ? role.name() : "anonymous";
			calls.add(pageCall(role, method, template, pathParams, fields, "(valid values)"));
			if (!primary) {
				continue;
			}
			for (String name : pathParams.keySet()) {
				for (String value : HOSTILE_TEXT) {
					var hostile = new LinkedHashMap<>(pathParams);
					hostile.put(name, value);
					calls.add(pageCall(role, method, template, hostile, fields, "path " + name + "=" + shown(value)));
				}
			}
			for (String name : fields.keySet()) {
				for (String value : HOSTILE_TEXT) {
					var hostile = new LinkedHashMap<>(fields);
					hostile.put(name, value);
					if (needsFreshEmail(name) && hostile.containsKey("email")) {
						hostile.put("email", TestAccounts.uniqueEmail("hostile"));
					}
					calls.add(pageCall(role, method, template, pathParams, hostile,
							"field " + name + "=" + shown(value)));
				}
			}
			if (multipart) {
				for (Map.Entry<String, byte[]> broken : brokenMultiparts().entrySet()) {
					String[] parts = broken.getKey().split("\\|", 2);
					HttpRequest.Builder builder = builder(method,
							uri(template, pathParams, Map.of("_csrf", csrf(role))), broken.getValue(), parts[0]);
					calls.add(new Call(who, builder.build(), method + " " + template + " multipart " + parts[1],
							this.sessions.get(role).http()));
				}
			}
		}
		return calls;
	}

	private Call printerCall(String method, String pathAndQuery, @Nullable String body, String what) {
		return new Call("printer", this.printer.request(method, pathAndQuery, body),
				method + " " + pathAndQuery.replaceAll("\\?.*", "") + " " + what);
	}

	private Call pageCall(@Nullable Role role, String method, String template, Map<String, String> pathParams,
			Map<String, String> fields, String what) {
		String who = (role != null) ? role.name() : "anonymous";
		HttpRequest.Builder builder;
		if ("GET".equals(method)) {
			builder = builder(method, uri(template, pathParams, fields), new byte[0], null);
		}
		else {
			var form = new LinkedHashMap<>(fields);
			form.put("_csrf", csrf(role));
			builder = builder(method, uri(template, pathParams, Map.of()), query(form).getBytes(StandardCharsets.UTF_8),
					"application/x-www-form-urlencoded");
		}
		return new Call(who, builder.header("Accept", "text/html").build(), method + " " + template + " " + what,
				this.sessions.get(role).http());
	}

	private String csrf(@Nullable Role role) {
		return this.sessions.get(role).csrf();
	}

	private static Map<String, Class<?>> properties(Class<?> type) {
		Map<String, Class<?>> properties = new LinkedHashMap<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				properties.put(component.getName(), component.getType());
			}
			return properties;
		}
		for (Field field : type.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers())) {
				properties.put(field.getName(), field.getType());
			}
		}
		return properties;
	}

	private Object bodyFor(Class<?> type, String path) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (Map.Entry<String, Class<?>> property : properties(type).entrySet()) {
			String known = knownValue(path, property.getKey());
			Class<?> propertyType = property.getValue();
			Object value;
			if (known != null) {
				value = known;
			}
			else if (propertyType == String.class) {
				value = "Hostile 값";
			}
			else if (Number.class.isAssignableFrom(propertyType)
					|| propertyType.isPrimitive() && propertyType != boolean.class) {
				value = 1;
			}
			else if (propertyType == Boolean.class || propertyType == boolean.class) {
				value = false;
			}
			else if (propertyType.isEnum()) {
				value = propertyType.getEnumConstants()[0].toString();
			}
			else if (Collection.class.isAssignableFrom(propertyType)) {
				value = List.of();
			}
			else {
				value = bodyFor(propertyType, path);
			}
			body.put(property.getKey(), value);
		}
		return body;
	}

	private String formValue(String template, String name, Class<?> type) {
		String known = knownValue(template, name);
		if (known != null) {
			return known;
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0].toString();
		}
		if (type == LocalDate.class) {
			return LocalDate.now().plusDays(1).toString();
		}
		if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
			return name.endsWith("Year") ? "2023" : "1";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "false";
		}
		return "Hostile 값";
	}

	// --- values

	private String valid(String path, String name, @Nullable JsonNode schema) {
		String known = knownValue(path, name);
		if (known != null) {
			return known;
		}
		if (schema != null && "string".equals(type(schema))) {
			return stringExample(schema);
		}
		return switch (name) {
			case "queue" -> "default";
			case "side" -> "1";
			case "wait" -> "0";
			case "from", "to", "day" -> LocalDate.now().toString();
			case "by" -> "all";
			case "limit", "size" -> "10";
			case "page" -> "0";
			default -> "1";
		};
	}

	private @Nullable String knownValue(String path, String name) {
		return switch (name) {
			case "email", "username" -> TestAccounts.uniqueEmail("hostile");
			case "password" -> TestAccounts.PASSWORD;
			case "schoolId" -> "1";
			case "printerCode" -> this.known.get("printerCode");
			case "documentId" -> this.known.get("documentId");
			case "siteId" -> this.known.get("siteId");
			case "printerId" -> this.known.get("printerId");
			case "admissionYear" -> "2023";
			case "birthYear" -> "2004";
			case "startsOn" -> LocalDate.now().plusDays(1).toString();
			case "endsOn" -> LocalDate.now().plusDays(30).toString();
			case "id" -> path.contains("campaigns/{id}") ? this.known.get("campaignId")
					: path.contains("documents/{id}") ? this.known.get("documentId") : null;
			default -> null;
		};
	}

	/**
	 * Multipart bodies no parser can read: each key is its content type and a
	 * description.
	 */
	private static Map<String, byte[]> brokenMultiparts() {
		Map<String, byte[]> bodies = new LinkedHashMap<>();
		bodies.put("multipart/form-data|without a boundary", "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8));
		bodies.put("multipart/form-data; boundary=b|cut off",
				"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1."
					.getBytes(StandardCharsets.UTF_8));
		bodies.put("multipart/form-data; boundary=b|with a NUL in the file name",
				("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.pdf\"\r\n"
						+ "Content-Type: application/pdf\r\n\r\n"
						+ new String(Pdfs.text(1), StandardCharsets.ISO_8859_1) + "\r\n--b--\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
		bodies
			.put("multipart/form-data; boundary=b|with a NUL and Hangul in the file name",
					("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"배너\u0000.png\"\r\n"
							+ "Content-Type: image/png\r\n\r\nnot a png\r\n--b--\r\n")
						.getBytes(StandardCharsets.UTF_8));
		return bodies;
	}

	/** Who a route is for: its own role first, then everyone else. */
	private static List<Role> rolesFor(String path) {
		List<Role> roles = new ArrayList<>();
		roles.add(primaryRole(path));
		for (Role role : Role.values()) {
			if (!roles.contains(role)) {
				roles.add(role);
			}
		}
		if (!roles.contains(null)) {
			roles.add(null);
		}
		return roles;
	}

	private static @Nullable Role primaryRole(String path) {
		if (path.startsWith("/api/v1/admin")) {
			return Role.ADMIN;
		}
		if (path.startsWith("/api/v1/advertiser") || path.startsWith("/advertiser")) {
			return Role.ADVERTISER;
		}
		if (path.startsWith("/api/v1/partner")) {
			return Role.PARTNER;
		}
		if (path.startsWith("/api/v1/members") || path.startsWith("/api/v1/auth") || path.startsWith("/signup")
				|| path.equals("/login") || path.equals("/")) {
			return null;
		}
		return Role.MEMBER;
	}

	// --- HTTP

	private void send(Call call) {
		try {
			HttpClient client = (call.browser() != null) ? call.browser() : this.http;
			HttpResponse<String> response = client.send(call.request(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 500) {
				this.failures.add(response.statusCode() + " " + call.description() + " as " + call.who() + ": "
						+ shown(response.body()));
			}
		}
		catch (HttpTimeoutException ex) {
			this.failures.add("timeout " + call.description() + " as " + call.who());
		}
		catch (Exception ex) {
			// a connection the server closed on a malformed request is not an error
			// answer
			if (!(ex instanceof java.io.IOException)) {
				this.failures.add(ex + " " + call.description() + " as " + call.who());
			}
		}
	}

	private HttpRequest.Builder builder(String method, String pathAndQuery, byte[] body, @Nullable String contentType) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(base().resolve(pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body.length > 0 || !"GET".equals(method)) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return builder;
	}

	private HttpRequest get(String path, @Nullable String accept) {
		HttpRequest.Builder builder = builder("GET", path, new byte[0], null);
		return (accept != null) ? builder.header("Accept", accept).build() : builder.build();
	}

	private static String uri(String template, Map<String, String> pathParams, Map<String, String> query) {
		String path = template;
		for (Map.Entry<String, String> param : pathParams.entrySet()) {
			path = path.replace("{" + param.getKey() + "}",
					URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return query.isEmpty() ? path : path + "?" + query(query);
	}

	private static String query(Map<String, String> params) {
		List<String> pairs = new ArrayList<>();
		for (Map.Entry<String, String> param : params.entrySet()) {
			pairs.add(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
		}
		return String.join("&", pairs);
	}

	private static String shown(String value) {
		String escaped = value.replace("\u0000", "\\0").replace("\n", " ");
		return (escaped.length() > 80) ? escaped.substring(0, 40) + "…(" + escaped.length() + " chars)" : escaped;
	}

	private URI base() {
		return URI.create("http://localhost:" + this.port);
	}

	// --- fixtures

	/** A browser session of the role (or of a visitor) with its CSRF token. */
	private WebSession webLogin(@Nullable String email) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();
		String token = csrfOf(browser.send(get("/login", "text/html"), HttpResponse.BodyHandlers.ofString()).body());
		if (email != null) {
			HttpResponse<String> login = browser.send(
					builder("POST", "/login",
							query(Map.of("username", email, "password", TestAccounts.PASSWORD, "_csrf", token))
								.getBytes(StandardCharsets.UTF_8),
							"application/x-www-form-urlencoded")
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(302);
			token = csrfOf(browser.send(get("/login", "text/html"), HttpResponse.BodyHandlers.ofString()).body());
		}
		return new WebSession(browser, token);
	}

	private static String csrfOf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token in %s", html).isTrue();
		return matcher.group(1);
	}

	private long upload() throws Exception {
		byte[] pdf = Pdfs.text(2);
		var body = new ByteArrayOutputStream();
		body.write(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(pdf);
		body.write("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http
			.send(builder("POST", "/api/v1/me/documents", body.toByteArray(), "multipart/form-data; boundary=b")
				.header("Authorization", this.bearers.get(Role.MEMBER))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.json.readTree(response.body()).get("id").asLong();
	}

	private long campaign() throws Exception {
		Map<String, Object> campaign = new LinkedHashMap<>();
		campaign.put("name", "Hostile campaign");
		campaign.put("startsOn", LocalDate.now().plusDays(1).toString());
		campaign.put("endsOn", LocalDate.now().plusDays(30).toString());
		campaign.put("pricePerPage", 100);
		campaign.put("totalBudget", 100_000);
		campaign.put("dailyBudget", 10_000);
		campaign.put("priority", "REMNANT");
		HttpResponse<String> response = this.http.send(
				builder("POST", "/api/v1/advertiser/campaigns", this.json.writeValueAsBytes(campaign),
						"application/json")
					.header("Authorization", this.bearers.get(Role.ADVERTISER))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.json.readTree(response.body()).get("id").asLong();
	}

}
