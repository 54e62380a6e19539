package com.adtopaper.agent;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a partner downloads: {@code target/adtopaper-agent.jar}, the agent alone, small,
 * and runnable on the Java 17 that shop PCs often have.
 */
class AgentJarTests {

	@Test
	void holdsTheAgentAndJippAndNothingOfSpringOrTheApplication() throws IOException {
		Path jar = AgentProcess.jar();
		assertThat(Files.size(jar)).as("the agent JAR's size").isLessThan(5L * 1024 * 1024);
		try (JarFile file = new JarFile(jar.toFile())) {
			List<String> names = file.stream().map(JarEntry::getName).toList();
			assertThat(names).contains("com/adtopaper/agent/PrinterAgent.class", "com/hp/jipp/encoding/IppPacket.class",
					"kotlin/Unit.class");
			assertThat(names).noneMatch((name) -> name.startsWith("org/springframework/"));
			assertThat(names).filteredOn((name) -> name.startsWith("com/adtopaper/"))
				.allMatch((name) -> name.startsWith("com/adtopaper/agent/") || name.equals("com/adtopaper/"));
			assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
				.isEqualTo(AgentLauncher.class.getName());
		}
	}

	@Test
	void runsOnJava17AndItsLauncherOnJava8() throws IOException {
		Map<String, Integer> newerThan17 = new TreeMap<>();
		int launcher;
		try (JarFile file = new JarFile(AgentProcess.jar().toFile())) {
			for (JarEntry entry : file.stream().filter((entry) -> entry.getName().endsWith(".class")).toList()) {
				int major = majorVersion(file, entry);
				if (major > 61) {
					newerThan17.put(entry.getName(), major);
				}
			}
			launcher = majorVersion(file, file.getJarEntry("com/adtopaper/agent/AgentLauncher.class"));
		}
		assertThat(newerThan17).as("class files newer than Java 17 (major version 61)").isEmpty();
		assertThat(launcher).as("the launcher's class file version").isEqualTo(52);
	}

	@Test
	void startsWithJavaDashJarAndNamesTheMissingSettings() throws IOException, InterruptedException {
		Process agent = AgentProcess.command(List.of(), List.of()).start();
		String output = new String(agent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(agent.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(agent.exitValue()).as(output).isEqualTo(2);
		assertThat(output)
			.contains("Missing settings: server (ADTOPAPER_AGENT_SERVER), key-id (ADTOPAPER_AGENT_KEY_ID)");
	}

	private static int majorVersion(JarFile file, JarEntry entry) throws IOException {
		try (InputStream in = file.getInputStream(entry); DataInputStream data = new DataInputStream(in)) {
			assertThat(data.readInt()).as("the magic number of %s", entry.getName()).isEqualTo(0xCAFEBABE);
			data.readUnsignedShort();
			return data.readUnsignedShort();
		}
	}

}
