package com.adtopaper.printerapi;

import java.util.List;

import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterCapabilities;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A printer tells what state it is in; members can release jobs to it while it can print.
 */
@RestController
class HeartbeatController {

	private final Printers printers;

	HeartbeatController(Printers printers) {
		this.printers = printers;
	}

	/**
	 * @param capabilities what the printer can do; an agent older than them sends none,
	 * which makes them unknown
	 */
	record Heartbeat(@NotNull PrinterState state, @NotNull Supply paper, @NotNull Supply toner,
			@Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z0-9_]{1,40}") String> errors,
			@Nullable @Valid Capabilities capabilities) {
	}

	/** IPP keywords and MIME types, as the printer named them. */
	record Capabilities(@NotNull @Size(max = 8) List<@NotNull @Pattern(regexp = KEYWORD) String> sides,
			@NotNull Boolean color,
			@Nullable @Size(max = 40) List<@NotNull @Pattern(regexp = "[a-z0-9._-]{1,60}") String> media,
			@Nullable @Size(max = 30) List<@NotNull @Pattern(regexp = "[A-Za-z0-9.+/-]{1,30}") String> formats) {

		static final String KEYWORD = "[a-z0-9._-]{1,40}";

		PrinterCapabilities toCapabilities() {
			return new PrinterCapabilities(this.sides, this.color, (this.media != null) ? this.media : List.of(),
					(this.formats != null) ? this.formats : List.of());
		}

	}

	@PostMapping("/printer/v1/heartbeat")
	Printer heartbeat(@AuthenticationPrincipal PrinterPrincipal printer, @Valid @RequestBody Heartbeat heartbeat) {
		return this.printers.report(printer.printerId(),
				new PrinterStatus(heartbeat.state(), heartbeat.paper(), heartbeat.toner(),
						(heartbeat.errors() != null) ? heartbeat.errors() : List.of()),
				(heartbeat.capabilities() != null) ? heartbeat.capabilities().toCapabilities() : null);
	}

}
