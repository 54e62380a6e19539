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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.eatthepath.pushy.apns.auth.ApnsVerificationKey;
import org.springframework.test.context.DynamicPropertyRegistry;
import com.eatthepath.pushy.apns.auth.AuthenticationToken;
import com.eatthepath.pushy.apns.server.MockApnsServer;
import com.eatthepath.pushy.apns.server.MockApnsServerBuilder;
import com.eatthepath.pushy.apns.server.PushNotificationHandler;
import com.eatthepath.pushy.apns.server.RejectedNotificationException;
import com.eatthepath.pushy.apns.server.RejectionReason;
import com.eatthepath.pushy.apns.server.UnregisteredDeviceTokenException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

/**
 * The push services' peers for tests: Pushy's MockApnsServer (TLS with a certificate made
 * for the test, token authentication checked against the test's signing key) and a local
 * HTTP/2 (TLS) stub of FCM's HTTP v1 API. Both count what they accepted and refuse the
 * tokens the test marks unregistered; FCM answers 503 to a token's first push when asked
 * to.
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
	/** What each token was sent, in order: APNs payloads and FCM request bodies. */
	public final Map<String, List<String>> sent = new ConcurrentHashMap<>();

	public final Set<String> flakyOnce = ConcurrentHashMap.newKeySet();

	private final Set<String> flaked = ConcurrentHashMap.newKeySet();

	private final Path directory;

	private final MockApnsServer apns;

	private final int apnsPort;

	private final EventLoopGroup fcmLoop = new NioEventLoopGroup(1);

	private final Channel fcm;

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

		this.fcm = fcmServer(certificate, (PrivateKey) tls.getKey("apns", "changeit".toCharArray()));
	}

	/**
	 * Provider tokens whose signature was checked: a client reuses one for many pushes.
	 */
	private final Set<String> verified = ConcurrentHashMap.newKeySet();

	private PushNotificationHandler handler(ApnsVerificationKey verification) {
		return (headers, payload) -> {
			CharSequence authorization = headers.get("authorization");
			String token = (authorization != null) ? authorization.toString().substring("bearer ".length()) : "";
			if (!this.verified.contains(token)) {
				if (token.isEmpty() || !new AuthenticationToken(token).verifySignature(verification)) {
					throw new RejectedNotificationException(RejectionReason.INVALID_PROVIDER_TOKEN);
				}
				this.verified.add(token);
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
			this.sent.computeIfAbsent(device, (t) -> new CopyOnWriteArrayList<>())
				.add(payload.toString(StandardCharsets.UTF_8));
			this.apnsAccepted.incrementAndGet();
		};
	}

	/** What the FCM stub answers to one request: a status and a JSON body. */
	private record Answer(int status, String body) {
	}

	private Answer fcm(String authorization, String body) {
		String token = body.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		if (!("Bearer " + FCM_TOKEN).equals(authorization)) {
			return new Answer(401, "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}");
		}
		if (this.unregistered.contains(token)) {
			return new Answer(404, "{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\","
					+ "\"status\":\"NOT_FOUND\",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
					+ "\"errorCode\":\"UNREGISTERED\"}]}}");
		}
		if (this.flakyOnce.contains(token) && this.flaked.add(token)) {
			return new Answer(503, "{\"error\":{\"code\":503,\"status\":\"UNAVAILABLE\"}}");
		}
		this.accepted.computeIfAbsent(token, (t) -> new AtomicInteger()).incrementAndGet();
		this.sent.computeIfAbsent(token, (t) -> new CopyOnWriteArrayList<>()).add(body);
		this.fcmAccepted.incrementAndGet();
		return new Answer(200, "{\"name\":\"projects/test/messages/" + System.nanoTime() + "\"}");
	}

	/** FCM as it is: HTTP/2 over TLS, one stream per message. */
	private Channel fcmServer(X509Certificate certificate, PrivateKey key) throws Exception {
		SslContext tls = SslContextBuilder.forServer(key, certificate)
			.applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
					ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
					ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT, ApplicationProtocolNames.HTTP_2))
			.build();
		return new ServerBootstrap().group(this.fcmLoop)
			.channel(NioServerSocketChannel.class)
			.childHandler(new ChannelInitializer<SocketChannel>() {
				@Override
				protected void initChannel(SocketChannel channel) {
					channel.pipeline()
						.addLast(tls.newHandler(channel.alloc()),
								Http2FrameCodecBuilder.forServer()
									.initialSettings(Http2Settings.defaultSettings().maxConcurrentStreams(100_000))
									.build(),
								new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
									@Override
									protected void initChannel(Http2StreamChannel stream) {
										stream.pipeline().addLast(new FcmStream());
									}
								}));
				}
			})
			.bind("127.0.0.1", 0)
			.sync()
			.channel();
	}

	/** One request: its headers, then its body, then the answer. */
	private final class FcmStream extends ChannelInboundHandlerAdapter {

		private String authorization = "";

		private final StringBuilder body = new StringBuilder();

		@Override
		public void channelRead(ChannelHandlerContext context, Object message) {
			boolean end = false;
			if (message instanceof Http2HeadersFrame headers) {
				CharSequence value = headers.headers().get("authorization");
				this.authorization = (value != null) ? value.toString() : "";
				end = headers.isEndStream();
			}
			else if (message instanceof Http2DataFrame data) {
				this.body.append(data.content().toString(StandardCharsets.UTF_8));
				end = data.isEndStream();
				data.release();
			}
			if (end) {
				Answer answer = fcm(this.authorization, this.body.toString());
				var headers = new DefaultHttp2Headers().status(Integer.toString(answer.status()))
					.add("content-type", "application/json");
				context.write(new DefaultHttp2HeadersFrame(headers));
				context.writeAndFlush(
						new DefaultHttp2DataFrame(Unpooled.copiedBuffer(answer.body(), StandardCharsets.UTF_8), true));
			}
		}

	}

	/** Starts the mocks for a test class's static field. */
	public static PushMocks start() {
		try {
			return new PushMocks();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot start the push mocks", ex);
		}
	}

	/** Points the application at these mocks. */
	public void register(DynamicPropertyRegistry registry) {
		for (String property : properties()) {
			int equals = property.indexOf('=');
			registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
		}
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
				"adtopaper.push.fcm.endpoint=https://127.0.0.1:"
						+ ((InetSocketAddress) this.fcm.localAddress()).getPort(),
				"adtopaper.push.fcm.trusted-certificate=" + this.directory.resolve("apns-server.pem"),
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
		this.fcm.close().syncUninterruptibly();
		this.fcmLoop.shutdownGracefully();
	}

}
