package com.adtopaper.querycache;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CacheNode} in a JVM of its own, here under {@code faketime} so that its clock
 * differs from the test's: it reads and writes parent 1 of {@link CacheTables} when told
 * to on its standard input, one command a line ({@code clock}, {@code read},
 * {@code write NAME}), and answers one line each, starting with {@code = }.
 */
final class CacheNodeProcess implements AutoCloseable {

	private final Process process;

	private final PrintWriter commands;

	private final BufferedReader answers;

	/**
	 * @param clockOffset a {@code faketime} offset, such as {@code +1s}
	 * @param settings the node's cache settings, as for {@link CacheNode}
	 */
	CacheNodeProcess(String clockOffset, String memcached, String... settings) throws Exception {
		if (!Files.isExecutable(Path.of("/usr/bin/faketime"))) {
			throw new IllegalStateException(
					"This test runs a node whose clock is ahead with faketime: install it (scripts/test-servers ensure does, as root)");
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of("/usr/bin/faketime", "-f", clockOffset, java, "-Xmx256m",
				"-Dquerycache.namespace=" + CacheNode.NAMESPACE, "-cp", System.getProperty("java.class.path"),
				CacheNodeProcess.class.getName(), memcached));
		command.addAll(List.of(settings));
		this.process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		this.commands = new PrintWriter(this.process.getOutputStream(), true, StandardCharsets.UTF_8);
		this.answers = new BufferedReader(new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
		// what the node logs comes first
		String line = this.answers.readLine();
		for (int i = 0; i < 1000 && line != null && !line.equals("ready"); i++) {
			line = this.answers.readLine();
		}
		if (!"ready".equals(line)) {
			throw new IllegalStateException("The node did not start");
		}
	}

	String ask(String command) throws Exception {
		this.commands.println(command);
		// answers start with "= "; anything else is the node's log
		String answer = this.answers.readLine();
		while (answer != null && !answer.startsWith("= ")) {
			answer = this.answers.readLine();
		}
		if (answer == null || answer.startsWith("= error ")) {
			throw new IllegalStateException(command + ": " + answer);
		}
		return answer.substring(2);
	}

	@Override
	public void close() throws Exception {
		this.commands.println("quit");
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	public static void main(String[] args) throws Exception {
		CacheNode.databaseMadeAlready();
		String[] settings = java.util.Arrays.copyOfRange(args, 1, args.length);
		try (var node = new CacheNode(CacheNode.memcached(args[0], "1s"), settings);
				var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			System.out.println("ready");
			for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
				try {
					System.out.println("= " + switch (line.split(" ", 2)[0]) {
						case "clock" -> Long.toString(System.currentTimeMillis());
						case "read" -> CacheTables.parentName(node.cached, 1);
						case "cached" -> node.awaitCached(() -> CacheTables.parentName(node.cached, 1));
						case "write" -> {
							node.cached.update("update qc_parent set name = ? where id = 1", line.split(" ", 2)[1]);
							yield "ok";
						}
						default -> "error unknown command " + line;
					});
				}
				catch (RuntimeException ex) {
					System.out.println("= error " + ex);
				}
			}
		}
		System.exit(0);
	}

}
