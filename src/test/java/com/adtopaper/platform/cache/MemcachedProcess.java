package com.adtopaper.platform.cache;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A memcached server of a test's own, on its own port, that the test can kill (SIGKILL)
 * and start again. Needs the {@code memcached} binary (Debian's package, which
 * {@code scripts/test-servers} installs).
 */
final class MemcachedProcess implements AutoCloseable {

	private final int port;

	private Process process;

	MemcachedProcess(int port) {
		this.port = port;
		start();
	}

	String address() {
		return "127.0.0.1:" + this.port;
	}

	void start() {
		String binary = Files.isExecutable(Path.of("/usr/bin/memcached")) ? "/usr/bin/memcached" : "memcached";
		List<String> command = new ArrayList<>(
				List.of(binary, "-l", "127.0.0.1", "-p", Integer.toString(this.port), "-U", "0", "-m", "64"));
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("-u", "root"));
		}
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("These tests start memcached servers of their own: install memcached "
					+ "(scripts/test-servers ensure does, as root)", ex);
		}
		for (int i = 0; i < 100 && !listening(); i++) {
			sleep(50);
		}
		if (!listening()) {
			throw new IllegalStateException("memcached did not start on port " + this.port);
		}
	}

	/** SIGKILL: the server loses everything it held, as in a crash. */
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
