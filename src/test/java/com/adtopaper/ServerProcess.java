package com.adtopaper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A memcached or redis-server of a test's own, on its own port, that the test kills with
 * SIGKILL (as in a crash) and starts again. Needs the binaries from Debian's packages,
 * which {@code scripts/test-servers} installs.
 */
public final class ServerProcess implements AutoCloseable {

	private final List<String> command;

	private final int port;

	private Process process;

	private ServerProcess(List<String> command, int port) {
		this.command = command;
		this.port = port;
		start();
	}

	public static ServerProcess memcached(int port) {
		String binary = Files.isExecutable(Path.of("/usr/bin/memcached")) ? "/usr/bin/memcached" : "memcached";
		List<String> command = new ArrayList<>(
				List.of(binary, "-l", "127.0.0.1", "-p", Integer.toString(port), "-U", "0", "-m", "64"));
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("-u", "root"));
		}
		return new ServerProcess(command, port);
	}

	/**
	 * A redis-server that persists every write (append-only, fsync always) into
	 * {@code directory}.
	 */
	public static ServerProcess redis(int port, Path directory) {
		return new ServerProcess(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", directory.toString()), port);
	}

	public String address() {
		return "127.0.0.1:" + this.port;
	}

	public void start() {
		try {
			this.process = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("This test starts " + this.command.getFirst()
					+ " of its own: install it (scripts/test-servers ensure does, as root)", ex);
		}
		for (int i = 0; i < 100 && !listening(); i++) {
			sleep(50);
		}
		if (!listening()) {
			throw new IllegalStateException(this.command.getFirst() + " did not start on port " + this.port);
		}
	}

	/** SIGKILL: the server loses whatever it did not persist, as in a crash. */
	public void kill() {
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

	public static void sleep(long millis) {
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
