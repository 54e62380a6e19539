package com.adtopaper.printerapi;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Printer API settings.
 *
 * @param store where seen nonces, release-code failures and wake-ups are kept:
 * {@code redis} so that every node sees them
 * @param clockSkew how far a signed request's timestamp may be from the server's clock
 * @param nonceTtl how long a nonce is remembered (longer than twice the skew)
 * @param maxBody the largest body a printer may send (it is read whole to be verified)
 * @param maxWait the longest a poll for the next job may wait
 * @param releaseThrottle wrong release codes typed at one printer
 * @param prefix the start of its Redis keys, so that installations (or test runs on a
 * database made anew) sharing one Redis do not see each other's printers
 */
@Validated
@ConfigurationProperties("adtopaper.printer-api")
record PrinterApiSettings(@DefaultValue("memory") Store store, @DefaultValue("5m") Duration clockSkew,
		@DefaultValue("10m") Duration nonceTtl, @DefaultValue("64KB") DataSize maxBody,
		@DefaultValue("25") @Min(0) @Max(60) int maxWait, @DefaultValue @Valid ReleaseThrottle releaseThrottle,
		@DefaultValue("adtopaper") @NotBlank String prefix) {

	enum Store {

		MEMORY, REDIS

	}

	/**
	 * @param maxFailures wrong codes within {@code window} before the printer is refused
	 * @param window the period the failures refill over
	 */
	record ReleaseThrottle(@DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("15m") Duration window) {
	}

}
