package com.adtopaper.platform.database;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The database's replicas ({@code adtopaper.database.*}). With none, every transaction
 * goes to {@code spring.datasource}, the primary.
 *
 * @param replicas the replicas read-only transactions of web requests are spread over
 * @param maxLag past this lag, as the replica reports it ({@code Seconds_Behind_Master}),
 * a replica gets no reads until it has caught up
 * @param monitorInterval how often each replica is asked for its state and position
 * @param readYourWrites how long after a request used the primary its member's
 * (partner's, operator's) reads stay on the primary too
 * @param pins where those windows are kept: {@code memory} (one node) or {@code redis}
 * (every node sees them)
 * @param primaryOnlyPaths requests that always read from the primary: the printers',
 * which come to fetch what another request has just written
 * @param poolSize connections per replica
 */
@Validated
@ConfigurationProperties("adtopaper.database")
public record DatabaseSettings(@DefaultValue( {
	}) @Valid List<Replica> replicas, @DefaultValue("5s") Duration maxLag,
		@DefaultValue("250ms") Duration monitorInterval, @DefaultValue("5s") Duration readYourWrites,
		@DefaultValue("memory") @NotNull PinStore pins, @DefaultValue("/printer/**") List<String> primaryOnlyPaths,
		@DefaultValue("10") @Min(1) int poolSize){

	/**
	 * One replica: its JDBC URL, and its credentials when they differ from the primary's.
	 */
	public record Replica(@NotBlank String url, @Nullable String username, @Nullable String password) {
	}

	/** Where the read-your-writes windows are kept. */
	public enum PinStore {

		MEMORY, REDIS

	}

}
