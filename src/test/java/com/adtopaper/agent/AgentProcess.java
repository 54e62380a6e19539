package com.adtopaper.agent;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The printer agent as a partner runs it: {@code java -jar target/adtopaper-agent.jar
 * agent.properties}, a process of its own on the Java that runs the tests. The build
 * makes the JAR before the tests run; its output goes to a file, shown when it stops.
 */
final class AgentProcess implements AutoCloseable {

	private static final Path JAR = Path.of("target/adtopaper-agent.jar");

	private final Process process;

	private final Path output;

	private AgentProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/** The agent JAR the build made. */
	static Path jar() {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(
					"The agent's JAR is not in target: run the tests through Maven (./mvnw verify), which builds it before them");
		}
		return JAR;
	}

	/**
	 * {@code java [options] -jar adtopaper-agent.jar [arguments]}, with no
	 * {@code ADTOPAPER_AGENT_*} variable of the environment the tests run in. The Java is
	 * the one that runs the tests, or {@code -Dadtopaper.agent.java=/path/to/java} (to
	 * try the agent on a Java 17, say).
	 */
	static ProcessBuilder command(List<String> options, List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(System.getProperty("adtopaper.agent.java", ProcessHandle.current().info().command().orElseThrow()));
		command.addAll(options);
		command.addAll(List.of("-jar", jar().toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("ADTOPAPER_AGENT_"));
		return builder;
	}

	/**
	 * Writes {@code settings} to {@code agent.properties} in {@code directory} and starts
	 * the agent with it, in the 32 MB of heap the README promises are plenty.
	 */
	static AgentProcess start(Path directory, Map<String, String> settings) throws IOException {
		Path file = directory.resolve("agent.properties");
		Properties properties = new Properties();
		properties.putAll(settings);
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			properties.store(writer, "AdToPaper printer agent");
		}
		Path output = directory.resolve("agent.log");
		Process process = command(List.of("-Xmx32m"), List.of(file.toString())).redirectOutput(output.toFile()).start();
		return new AgentProcess(process, output);
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	String output() throws IOException {
		return Files.readString(this.output);
	}

	/** Stops it as a PC that shuts down does (SIGTERM), then shows what it logged. */
	@Override
	public void close() throws IOException, InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
		System.out.println("The printer agent's output:\n" + output());
	}

}
