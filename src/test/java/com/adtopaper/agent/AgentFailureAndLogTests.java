package com.adtopaper.agent;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent says why a job failed as a code the member's text is chosen by, and logs the
 * printer's state only when it changes, one line each.
 */
class AgentFailureAndLogTests {

	private final List<String> logged = new CopyOnWriteArrayList<>();

	private final Logger watchLog = Logger.getLogger(PrinterWatch.class.getName());

	private final Handler handler = new Handler() {

		@Override
		public void publish(LogRecord record) {
			if (record.getLevel().intValue() >= Level.INFO.intValue()) {
				AgentFailureAndLogTests.this.logged.add(new java.util.logging.SimpleFormatter().formatMessage(record));
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	};

	@BeforeEach
	void capture() {
		this.watchLog.setLevel(Level.INFO);
		this.watchLog.addHandler(this.handler);
	}

	@AfterEach
	void release() {
		this.watchLog.removeHandler(this.handler);
	}

	@Test
	void aJobThePrinterAbortedSaysWhyByItsReasonsElseByThePrinters() {
		assertThat(new IppJob("aborted", 0, 0, List.of("media-empty-error"), "").failureCode()).isEqualTo("PAPER_OUT");
		assertThat(new IppJob("aborted", 0, 0, List.of("media-jam"), "").failureCode()).isEqualTo("PAPER_JAM");
		assertThat(new IppJob("aborted", 0, 0, List.of("media-low-warning", "aborted-by-system"), "").failureCode())
			.isNull();
		assertThat(new IppJob("canceled", 0, 0, List.of(), "").failureCode()).isEqualTo("CANCELLED_AT_PRINTER");
		assertThat(FailureCode.ofHealth(PrinterHealth.OFFLINE)).isEqualTo("OFFLINE");
		assertThat(FailureCode.ofHealth(PrinterHealth.of("stopped", List.of("media-jam")))).isEqualTo("PAPER_JAM");
		assertThat(FailureCode.ofHealth(PrinterHealth.of("stopped", List.of("media-empty")))).isEqualTo("PAPER_OUT");
		assertThat(FailureCode.ofHealth(PrinterHealth.of("idle", List.of()))).isNull();
	}

	@Test
	void aJobThePrinterNeverTookSaysWhetherItWasAwayOrRefusedTwoSides() {
		assertThat(FailureCode.notSent(new ConnectException("Connection refused"), false)).isEqualTo("OFFLINE");
		IOException refused = new IOException("The printer refused Print-Job: status 0x040b");
		assertThat(FailureCode.notSent(refused, true)).isEqualTo("NO_DUPLEX");
		assertThat(FailureCode.notSent(refused, false)).isEqualTo("NOT_SENT");
		assertThat(FailureCode.notSent(new IOException("The printer answered HTTP 500"), true)).isEqualTo("NOT_SENT");
	}

	@Test
	void eachChangeOfThePrintersStateIsOneLineAndNoChangeIsNone() {
		PrinterWatch watch = new PrinterWatch();
		PrinterHealth online = PrinterHealth.of("idle", List.of());
		watch.saw(online);
		watch.saw(online);
		watch.saw(PrinterHealth.OFFLINE);
		watch.saw(PrinterHealth.OFFLINE);
		watch.saw(PrinterHealth.of("stopped", List.of("media-empty", "media-jam")));
		watch.saw(online);

		assertThat(this.logged).containsExactly("Printer: online", "Printer: online -> offline",
				"Printer: offline -> error, paper empty, paper-jam",
				"Printer: error, paper empty, paper-jam -> online");
	}

}
