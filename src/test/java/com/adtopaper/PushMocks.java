package com.adtopaper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.eatthepath.pushy.apns.auth.ApnsVerificationKey;
import com.eatthepath.pushy.apns.auth.AuthenticationToken;
import com.eatthepath.pushy.apns.server.MockApnsServer;
import com.eatthepath.pushy.apns.server.MockApnsServerBuilder;
import com.eatthepath.pushy.apns.server.PushNotificationHandler;
import com.eatthepath.pushy.apns.server.RejectedNotificationException;
import com.eatthepath.pushy.apns.server.RejectionReason;
import com.eatthepath.pushy.apns.server.UnregisteredDeviceTokenException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The push services' peers for tests: Pushy's MockApnsServer (TLS with a certificate made
 * for the test, token authentication checked against the test's signing key) and a local
 * HTTP stub of FCM's HTTP v1 API. Both count what they accepted and refuse the tokens the
 * test marks unregistered; FCM answers 503 to a token's first push when asked to.
 */
public final class PushMocks implements AutoCloseable {

	public static final String TEAM_ID = "TEAM123456";

	public static final String KEY_ID = "KEY1234567";

	public static final String TOPIC = "kr.adtopaper.app";

	public static final String FCM_TOKEN = "test-access-token";

	/** Pushes accepted, by device token. */
	public final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();

	/** Pushes accepted by each service. */
	public final AtomicInteger apnsAccepted = new AtomicInteger();

	public final AtomicInteger fcmAccepted = new AtomicInteger();

	/** Tokens the services answer as no longer registered. */
	public final Set<String> unregistered = ConcurrentHashMap.newKeySet();

	/** FCM tokens whose first push gets a 503. */
	public final Set<String> flakyOnce = ConcurrentHashMap.newKeySet();

	private final Set<String> flaked = ConcurrentHashMap.newKeySet();

	private final Path directory;

	private final MockApnsServer apns;

	private final int apnsPort;

	private final HttpServer fcm;

	public PushMocks() throws Exception {
		this.directory = Files.createTempDirectory("push-mocks");
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair signing = generator.generateKeyPair();
		pem(this.directory.resolve("apns-signing-key.p8"), "PRIVATE KEY", signing.getPrivate().getEncoded());
		var verification = new ApnsVerificationKey(KEY_ID, TEAM_ID, (ECPublicKey) signing.getPublic());

		KeyStore tls = serverKeyStore();
		var certificate = (X509Certificate) tls.getCertificate("apns");
		pem(this.directory.resolve("apns-server.pem"), "CERTIFICATE", certificate.getEncoded());
		this.apns = new MockApnsServerBuilder()
			.setServerCredentials(new X509Certificate[] { certificate },
					(PrivateKey) tls.getKey("apns", "changeit".toCharArray()), null)
			.setHandlerFactory((session) -> handler(verification))
			.build();
		this.apnsPort = this.apns.start(0).get();

		this.fcm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.fcm.createContext("/", this::fcm);
		this.fcm.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.fcm.start();
	}

	private PushNotificationHandler handler(ApnsVerificationKey verification) {
		return (headers, payload) -> {
			CharSequence authorization = headers.get("authorization");
			if (authorization == null
					|| !new AuthenticationToken(authorization.toString().substring("bearer ".length()))
						.verifySignature(verification)) {
				throw new RejectedNotificationException(RejectionReason.INVALID_PROVIDER_TOKEN);
			}
			if (!TOPIC.contentEquals(headers.get("apns-topic"))) {
				throw new RejectedNotificationException(RejectionReason.BAD_TOPIC);
			}
			String path = headers.path().toString();
			String device = path.substring(path.lastIndexOf('/') + 1);
			if (this.unregistered.contains(device)) {
				throw new UnregisteredDeviceTokenException(Instant.now());
			}
			this.accepted.computeIfAbsent(device, (t) -> new AtomicInteger()).incrementAndGet();
			this.apnsAccepted.incrementAndGet();
		};
	}

	private void fcm(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		int status;
		String answer;
		String token = body.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		if (!("Bearer " + FCM_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			status = 401;
			answer = "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}";
		}
		else if (this.unregistered.contains(token)) {
			status = 404;
			answer = "{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\",\"status\":\"NOT_FOUND\","
					+ "\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"UNREGISTERED\"}]}}";
		}
		else if (this.flakyOnce.contains(token) && this.flaked.add(token)) {
			status = 503;
			answer = "{\"error\":{\"code\":503,\"status\":\"UNAVAILABLE\"}}";
		}
		else {
			this.accepted.computeIfAbsent(token, (t) -> new AtomicInteger()).incrementAndGet();
			this.fcmAccepted.incrementAndGet();
			status = 200;
			answer = "{\"name\":\"projects/test/messages/" + System.nanoTime() + "\"}";
		}
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	/** The application's settings that send to these mocks. */
	public List<String> properties() {
		return List.of("adtopaper.push.apns.enabled=true", "adtopaper.push.apns.host=localhost",
				"adtopaper.push.apns.port=" + this.apnsPort, "adtopaper.push.apns.team-id=" + TEAM_ID,
				"adtopaper.push.apns.key-id=" + KEY_ID,
				"adtopaper.push.apns.signing-key=" + this.directory.resolve("apns-signing-key.p8"),
				"adtopaper.push.apns.topic=" + TOPIC,
				"adtopaper.push.apns.trusted-certificate=" + this.directory.resolve("apns-server.pem"),
				"adtopaper.push.fcm.enabled=true",
				"adtopaper.push.fcm.endpoint=http://127.0.0.1:" + this.fcm.getAddress().getPort(),
				"adtopaper.push.fcm.project-id=test", "adtopaper.push.fcm.access-token=" + FCM_TOKEN);
	}

	/** Pushes accepted in all. */
	public long acceptedInAll() {
		return this.accepted.values().stream().mapToLong(AtomicInteger::get).sum();
	}

	public int accepted(String token) {
		AtomicInteger count = this.accepted.get(token);
		return (count != null) ? count.get() : 0;
	}

	private KeyStore serverKeyStore() throws Exception {
		Path store = this.directory.resolve("apns-server.p12");
		Path keytool = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("keytool");
		Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "apns", "-keyalg", "EC",
				"-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
				"-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit",
				"-keypass", "changeit")
			.redirectErrorStream(true)
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(
					"keytool failed: " + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (var in = Files.newInputStream(store)) {
			keyStore.load(in, "changeit".toCharArray());
		}
		return keyStore;
	}

	private static void pem(Path file, String type, byte[] der) throws IOException {
		Files.writeString(file,
				"-----BEGIN " + type + "-----\n"
						+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
						+ "\n-----END " + type + "-----\n");
	}

	@Override
	public void close() {
		this.apns.shutdown().join();
		this.fcm.stop(0);
	}

}
