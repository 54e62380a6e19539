package com.adtopaper.agent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgentLauncherTests {

	@Test
	void anOlderJavaIsToldWhichJavaTheAgentNeeds() {
		assertThat(AgentLauncher.tooOld("1.8")).isEqualTo("AdToPaper agent needs Java 17 or newer; this is Java 8");
		assertThat(AgentLauncher.tooOld("11")).isEqualTo("AdToPaper agent needs Java 17 or newer; this is Java 11");
		assertThat(AgentLauncher.tooOld("16")).isEqualTo("AdToPaper agent needs Java 17 or newer; this is Java 16");
	}

	@Test
	void java17AndNewerRunTheAgent() {
		assertThat(AgentLauncher.tooOld("17")).isNull();
		assertThat(AgentLauncher.tooOld("21")).isNull();
		assertThat(AgentLauncher.tooOld("25")).isNull();
	}

}
