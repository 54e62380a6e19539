package com.adtopaper.querycache;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The read-query cache ({@code adtopaper.query-cache.*}).
 *
 * @param enabled whether reads are cached at all
 * @param store {@code memcached} (production) or {@code local} (the embedded default)
 * @param servers Memcached servers, {@code host:port host:port}
 * @param timeout how long a Memcached operation may take before the read goes to the
 * database
 * @param ttl how long an entry lives at most, a backstop behind the generations
 * @param maxItemSize the largest entry stored; larger results are served uncached
 * @param localSize the memory the local store may use
 * @param namespace the prefix of every key, so that several installations can share
 * servers
 * @param connectionsPerServer idle connections kept open to each server (more are opened
 * when more threads need one at once)
 * @param statements how many SQL texts keep their analysis in memory
 * @param invalidationTimeout how long a write that committed keeps trying to invalidate
 * in the store before it records its invalidation in the database instead
 * @param logPollInterval how often each node reads the invalidations recorded in the
 * database
 * @param logLease how long after its last reading of those records a node may still serve
 * cached results; a write that recorded one waits a little longer than this
 */
@Validated
@ConfigurationProperties("adtopaper.query-cache")
public record QueryCacheSettings(@DefaultValue("true") boolean enabled, @DefaultValue("local") @NotNull Store store,
		@Nullable String servers, @DefaultValue("100ms") Duration timeout, @DefaultValue("1h") Duration ttl,
		@DefaultValue("1000000B") DataSize maxItemSize, @DefaultValue("64MB") DataSize localSize,
		@DefaultValue("adtopaper") @Pattern(regexp = "[A-Za-z0-9_.-]{1,40}") String namespace,
		@DefaultValue("16") @Min(1) int connectionsPerServer, @DefaultValue("10000") @Min(100) int statements,
		@DefaultValue("2s") Duration invalidationTimeout, @DefaultValue("100ms") Duration logPollInterval,
		@DefaultValue("1s") Duration logLease) {

	/** Where the cache keeps its generations and entries. */
	public enum Store {

		LOCAL, MEMCACHED

	}

	@AssertTrue(message = "adtopaper.query-cache.servers is required when the store is memcached")
	boolean isServersGivenForMemcached() {
		return this.store != Store.MEMCACHED || StringUtils.hasText(this.servers);
	}

	@AssertTrue(message = "adtopaper.query-cache.log-lease must be longer than log-poll-interval")
	boolean isLeaseLongerThanPolls() {
		return this.logLease.compareTo(this.logPollInterval) > 0;
	}

}
