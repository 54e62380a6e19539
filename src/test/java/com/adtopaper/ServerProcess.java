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

	private final int startSeconds;

	private ServerProcess(List<String> command, int port) {
		this(command, port, 5);
	}

	private ServerProcess(List<String> command, int port, int startSeconds) {
		this.command = command;
		this.port = port;
		this.startSeconds = startSeconds;
		start();
	}

	/**
	 * Adobe's S3Mock, from the executable JAR the build copies into
	 * {@code target/s3mock}, on the JDK that runs the tests; answers plain HTTP on
	 * {@code port}, keeps its files under {@code root} and creates {@code bucket}.
	 */
	public static ServerProcess s3mock(int port, Path root, String bucket) {
		Path jar = Path.of("target/s3mock/s3mock.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					"S3Mock's JAR is not in target/s3mock: run the tests through Maven (./mvnw verify), which copies it");
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		return new ServerProcess(
				List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=0",
						"--com.adobe.testing.s3mock.httpPort=" + port, "--com.adobe.testing.s3mock.store.root=" + root,
						"--com.adobe.testing.s3mock.store.initialBuckets=" + bucket, "--spring.main.banner-mode=off"),
				port, 90);
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
		for (int i = 0; i < this.startSeconds * 20 && !listening(); i++) {
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
