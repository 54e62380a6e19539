package com.adtopaper.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AgentSettingsTests {

	static final Map<String, String> REQUIRED = Map.of("ADTOPAPER_AGENT_SERVER", "https://print.example.com/",
			"ADTOPAPER_AGENT_KEY_ID", "pk_1", "ADTOPAPER_AGENT_SECRET", "s", "ADTOPAPER_AGENT_PRINTER",
			"ipp://localhost:631/printers/lab");

	@TempDir
	Path directory;

	@Test
	void theKioskIsOnPort8631UnlessTheSettingsSayAnotherPortOrOff() throws IOException {
		assertThat(AgentSettings.load(null, REQUIRED).kioskPort()).isEqualTo(8631);
		assertThat(load("kiosk-port = 9100\n", Map.of()).kioskPort()).isEqualTo(9100);
		assertThat(load("kiosk-port = off\n", Map.of()).kioskPort()).isZero();
		assertThat(load("kiosk-port = 0\n", Map.of()).kioskPort()).isZero();
		assertThat(load("kiosk-port = 9100\n", Map.of("ADTOPAPER_AGENT_KIOSK_PORT", "OFF")).kioskPort()).isZero();
	}

	@Test
	void aKioskPortThatIsNoPortIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> load("kiosk-port = eighty\n", Map.of()))
			.withMessageContaining("kiosk-port");
		assertThatIllegalArgumentException().isThrownBy(() -> load("kiosk-port = 70000\n", Map.of()))
			.withMessageContaining("kiosk-port");
	}

	private AgentSettings load(String properties, Map<String, String> environment) throws IOException {
		Path file = Files.writeString(this.directory.resolve("agent.properties"), properties);
		Map<String, String> all = new HashMap<>(REQUIRED);
		all.putAll(environment);
		return AgentSettings.load(file, all);
	}

}
