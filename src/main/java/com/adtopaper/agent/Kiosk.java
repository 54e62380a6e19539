package com.adtopaper.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * The kiosk page on the PC next to the printer, for a member without the app at hand:
 * they type their job's six-digit release code on it (on screen or on the keyboard), see
 * their document's name, sides and copies, and follow it as it prints; then it is ready
 * for the next member. The job itself prints as any other: the release wakes the agent's
 * waiting poll for jobs on the server.
 * <p>
 * On the JDK's own HTTP server ({@code com.sun.net.httpserver}), not a library: one page
 * and two small JSON routes for one person at a time need nothing more, and the agent
 * stays a JAR of the JDK and jipp that runs in 32 MB of heap.
 * <p>
 * For the PC only, and safe from the web pages its browser opens: it listens on 127.0.0.1
 * alone; it answers only requests whose {@code Host} is its own loopback address (a
 * DNS-rebinding site names its own host); and its JSON routes take only requests carrying
 * the token of the page it served, from its own origin when the browser says where from
 * ({@code Origin}, {@code Sec-Fetch-Site}). Nothing is loaded from elsewhere, and the
 * page shows the member's file name as text, never as markup.
 */
final class Kiosk implements AutoCloseable {

	private static final System.Logger log = System.getLogger(Kiosk.class.getName());

	static final String TOKEN_HEADER = "X-Kiosk-Token";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int MAX_BODY = 1024;

	private final HttpServer server;

	private final ExecutorService executor;

	private final KioskActions actions;

	private final String page;

	private final String token = random();

	/** Listens on {@code 127.0.0.1:port}; port 0 takes any free port (for tests). */
	Kiosk(int port, PrinterApi api) throws IOException {
		this.actions = new KioskActions(api);
		try (InputStream in = Objects.requireNonNull(Kiosk.class.getResourceAsStream("kiosk.html"), "kiosk.html")) {
			this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		this.server = HttpServer
			.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 }), port), 16);
		// a release waits on the server: the page's next request must not wait behind it
		this.executor = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "agent-kiosk");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/**
	 * The kiosk on {@code port}, or none if the port is 0 (no kiosk) or taken (the agent
	 * prints all the same; members release jobs in the app).
	 */
	static @Nullable Kiosk start(int port, PrinterApi api) {
		if (port == 0) {
			return null;
		}
		try {
			Kiosk kiosk = new Kiosk(port, api);
			log.log(Level.INFO, "Kiosk: http://127.0.0.1:{0,number,#}/", kiosk.port());
			return kiosk;
		}
		catch (IOException ex) {
			log.log(Level.WARNING, "No kiosk: 127.0.0.1:{0,number,#} is not free ({1})", port, ex.toString());
			return null;
		}
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try {
			String path = exchange.getRequestURI().getRawPath();
			String method = exchange.getRequestMethod();
			String host = exchange.getRequestHeaders().getFirst("Host");
			if (!isOwn(host)) {
				send(exchange, 403, "text/plain", "Forbidden");
			}
			else if (path.equals("/")) {
				if (method.equals("GET")) {
					page(exchange);
				}
				else {
					send(exchange, 405, "text/plain", "Method not allowed");
				}
			}
			else if (!path.equals("/api/release") && !path.startsWith("/api/jobs/")) {
				send(exchange, 404, "text/plain", "Not found");
			}
			else if (!allowed(exchange, "http://" + host)) {
				answer(exchange, new KioskActions.Answer(403, "{\"error\":\"forbidden\"}"));
			}
			else if (path.equals("/api/release") && method.equals("POST")) {
				answer(exchange, this.actions.release(body(exchange)));
			}
			else if (path.startsWith("/api/jobs/") && method.equals("GET")) {
				answer(exchange, this.actions.job(path.substring("/api/jobs/".length())));
			}
			else {
				answer(exchange, new KioskActions.Answer(405, "{\"error\":\"method\"}"));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.log(Level.ERROR, "Kiosk: " + exchange.getRequestURI(), ex);
			answer(exchange, new KioskActions.Answer(500, "{\"error\":\"error\"}"));
		}
		finally {
			exchange.close();
		}
	}

	/** The loopback address and port this kiosk listens on, by number or by name. */
	private boolean isOwn(@Nullable String host) {
		if (host == null) {
			return false;
		}
		String name = host.toLowerCase(Locale.ROOT);
		if (port() == 80 && (name.equals("127.0.0.1") || name.equals("localhost"))) {
			return true;
		}
		return name.equals("127.0.0.1:" + port()) || name.equals("localhost:" + port());
	}

	/** The page's token; and its own origin, if the browser names one. */
	private boolean allowed(HttpExchange exchange, String origin) {
		Headers headers = exchange.getRequestHeaders();
		String from = headers.getFirst("Origin");
		String site = headers.getFirst("Sec-Fetch-Site");
		String token = headers.getFirst(TOKEN_HEADER);
		return (from == null || from.equalsIgnoreCase(origin)) && (site == null || site.equals("same-origin"))
				&& token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
						this.token.getBytes(StandardCharsets.UTF_8));
	}

	private void page(HttpExchange exchange) throws IOException {
		String nonce = random();
		Headers headers = exchange.getResponseHeaders();
		headers.set("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-"
				+ nonce + "'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
		headers.set("X-Frame-Options", "DENY");
		headers.set("Referrer-Policy", "no-referrer");
		send(exchange, 200, "text/html", this.page.replace("{{token}}", this.token).replace("{{nonce}}", nonce));
	}

	private static String body(HttpExchange exchange) throws IOException {
		byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
		return (bytes.length > MAX_BODY) ? "" : new String(bytes, StandardCharsets.UTF_8);
	}

	private static void answer(HttpExchange exchange, KioskActions.Answer answer) throws IOException {
		if (answer.retryAfter() > 0) {
			exchange.getResponseHeaders().set("Retry-After", Long.toString(answer.retryAfter()));
		}
		send(exchange, answer.status(), "application/json", answer.json());
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		Headers headers = exchange.getResponseHeaders();
		headers.set("Content-Type", type + "; charset=utf-8");
		headers.set("Cache-Control", "no-store");
		headers.set("X-Content-Type-Options", "nosniff");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String random() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
