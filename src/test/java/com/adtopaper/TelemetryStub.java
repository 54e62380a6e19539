package com.adtopaper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a telemetry service (Datadog's intake, Sentry's) on loopback: it answers
 * every POST with 202 and keeps what it received, decompressed, for the test to read.
 */
final class TelemetryStub implements AutoCloseable {

	/**
	 * One request received.
	 *
	 * @param path its path and query
	 * @param headers its headers, names in lower case
	 * @param body its body, decompressed
	 */
	record Received(String path, Map<String, String> headers, String body) {

	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	TelemetryStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			try (exchange) {
				var headers = new java.util.TreeMap<String, String>();
				exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
				byte[] bytes = exchange.getRequestBody().readAllBytes();
				InputStream body = new ByteArrayInputStream(bytes);
				if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
					body = new GZIPInputStream(body);
				}
				this.received.add(new Received(exchange.getRequestURI().toString(), headers,
						new String(body.readAllBytes(), StandardCharsets.UTF_8)));
				byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(202, answer.length);
				exchange.getResponseBody().write(answer);
			}
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
