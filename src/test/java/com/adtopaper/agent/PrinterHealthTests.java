package com.adtopaper.agent;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An IPP printer's state and reasons become the heartbeat the server lets members print
 * by.
 */
class PrinterHealthTests {

	@Test
	void idleOrProcessingWithNothingWrongIsOnline() {
		assertThat(PrinterHealth.of("idle", List.of("none")))
			.isEqualTo(new PrinterHealth("ONLINE", "OK", "OK", List.of()));
		assertThat(PrinterHealth.of("processing", List.of())).extracting(PrinterHealth::state).isEqualTo("ONLINE");
	}

	@Test
	void stoppedIsAnError() {
		assertThat(PrinterHealth.of("stopped", List.of("paused"))).extracting(PrinterHealth::state).isEqualTo("ERROR");
	}

	@Test
	void paperAndTonerFromTheirReasonsWhateverTheSuffix() {
		assertThat(PrinterHealth.of("stopped", List.of("media-empty-error", "toner-low-report")))
			.isEqualTo(new PrinterHealth("ERROR", "EMPTY", "LOW", List.of()));
		assertThat(PrinterHealth.of("idle", List.of("media-low-warning", "marker-supply-low-warning")))
			.isEqualTo(new PrinterHealth("ONLINE", "LOW", "LOW", List.of()));
		assertThat(PrinterHealth.of("idle", List.of("media-needed", "marker-supply-empty-error")))
			.isEqualTo(new PrinterHealth("ONLINE", "EMPTY", "EMPTY", List.of()));
	}

	@Test
	void jamsAndOpenDoorsAreErrorsButWarningsAreNot() {
		assertThat(PrinterHealth.of("stopped", List.of("media-jam", "door-open-error", "cover-open")).errors())
			.containsExactly("PAPER_JAM", "DOOR_OPEN");
		assertThat(PrinterHealth.of("idle", List.of("media-jam-warning", "output-area-full-report")).errors())
			.isEmpty();
	}

	@Test
	void theHeartbeatBodyIsTheDocumentsJson() {
		assertThat(PrinterHealth.of("stopped", List.of("media-jam", "toner-low")).json())
			.isEqualTo("{\"state\":\"ERROR\",\"paper\":\"OK\",\"toner\":\"LOW\",\"errors\":[\"PAPER_JAM\"]}");
		assertThat(Json.object(PrinterHealth.OFFLINE.json())).containsEntry("state", "OFFLINE");
	}

	@Test
	void theHeartbeatCarriesWhatThePrinterCanDoInTheFormThePrinterApiTakes() {
		IppCapabilities can = IppCapabilities.of(List.of("one-sided", "one-sided"), true,
				List.of("iso_a4_210x297mm", "Not A Keyword!"), List.of("application/pdf", "image/pwg-raster"));
		assertThat(can.sides()).containsExactly("one-sided");
		assertThat(can.media()).containsExactly("iso_a4_210x297mm");
		assertThat(can.supportsSides("two-sided-long-edge")).isFalse();
		assertThat(can.supportsFormat("application/pdf")).isTrue();
		assertThat(IppCapabilities.of(List.of(), false, List.of(), List.of()).sides())
			.as("a printer that names no sides prints one")
			.containsExactly("one-sided");
		String json = PrinterHealth.of("idle", List.of()).with(can).json();
		assertThat(json).isEqualTo("{\"state\":\"ONLINE\",\"paper\":\"OK\",\"toner\":\"OK\",\"errors\":[],"
				+ "\"capabilities\":{\"sides\":[\"one-sided\"],\"color\":true,\"media\":[\"iso_a4_210x297mm\"],"
				+ "\"formats\":[\"application/pdf\",\"image/pwg-raster\"]}}");
		assertThat(Json.object(PrinterHealth.OFFLINE.with(can).json())).containsKey("capabilities");
	}

}
