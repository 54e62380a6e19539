package com.adtopaper.ads.selection;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The ad selection.
 *
 * @param store where decisions reserve budget and frequency: {@code redis} (production,
 * shared by every node) or {@code memory} (the embedded default, one node)
 * @param prefix the prefix of every Redis key
 * @param reservationTtl how long a decision holds its page of budget and of the member's
 * cap before it lapses unprinted (a print job's life)
 * @param refreshEvery how often each node reloads its snapshot of running campaigns, so
 * that it sees what changed on other nodes
 */
@Validated
@ConfigurationProperties("adtopaper.ads.selection")
record SelectionSettings(@DefaultValue("memory") Store store, @DefaultValue("adtopaper") @NotBlank String prefix,
		@DefaultValue("30m") Duration reservationTtl, @DefaultValue("30s") Duration refreshEvery) {

	public enum Store {

		MEMORY, REDIS

	}

}
