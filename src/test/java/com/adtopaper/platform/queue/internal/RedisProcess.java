package com.adtopaper.platform.queue.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

/**
 * A redis-server of a test's own, with append-only persistence, that the test can kill
 * and start again.
 */
final class RedisProcess implements AutoCloseable {

	private final int port;

	private final Path directory;

	private Process process;

	RedisProcess(int port, Path directory) {
		this.port = port;
		this.directory = directory;
		start();
	}

	void start() {
		try {
			this.process = new ProcessBuilder(
					List.of("redis-server", "--port", Integer.toString(this.port), "--bind", "127.0.0.1", "--save", "",
							"--appendonly", "yes", "--appendfsync", "always", "--dir", this.directory.toString()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("This test starts a redis-server of its own: install redis-server", ex);
		}
		for (int i = 0; i < 100 && !listening(); i++) {
			sleep(50);
		}
	}

	void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean listening() {
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		kill();
	}

}
