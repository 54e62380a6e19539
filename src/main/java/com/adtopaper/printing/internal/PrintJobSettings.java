package com.adtopaper.printing.internal;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pointsPerSide what one printed side costs
 * @param maxCopies the most copies of one job
 * @param holdFor how long a job waits to be released before its points go back
 * @param silentAfter how long a claimed job may go without a report from its printer: it
 * then goes back to waiting for the printer if nothing printed, else fails and gives the
 * unprinted sides back
 * @param maxReclaims how many times a silent job goes back before it fails
 * @param pointsPerPlainSide what one side without an ad costs (the sides of a
 * hand-in-safe job, whose ad is on its cover sheet only): a side's points and what its ad
 * would have paid, so at least {@code pointsPerSide}
 */
@Validated
@ConfigurationProperties("adtopaper.printing.jobs")
public record PrintJobSettings(@DefaultValue("10") @Positive long pointsPerSide,
		@DefaultValue("20") @Positive int maxCopies, @DefaultValue("4h") Duration holdFor,
		@DefaultValue("5m") Duration silentAfter, @DefaultValue("2") int maxReclaims,
		@DefaultValue("20") @Positive long pointsPerPlainSide) {

	public PrintJobSettings {
		if (pointsPerPlainSide < pointsPerSide) {
			throw new IllegalArgumentException("A side without an ad costs at least what a side with one does ("
					+ pointsPerSide + " points), not " + pointsPerPlainSide);
		}
	}

}
