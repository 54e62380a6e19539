package com.adtopaper.platform.cache;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where generations and cached results live: Memcached in production, the process in the
 * embedded default. Every operation either succeeds within the store's timeout or throws
 * {@link CacheStoreException}; the caller then goes to the database.
 */
interface CacheStore extends AutoCloseable {

	/**
	 * The current values of the generation keys (a missing one is created with a fresh
	 * value) and the entry stored under the result key, in one round trip where the store
	 * allows it.
	 */
	Lookup lookup(List<String> generationKeys, String resultKey);

	/** Stores an entry; it may be lost, never half-written. */
	void store(String resultKey, byte[] entry, int ttlSeconds);

	/** Increments a generation atomically, creating it with a fresh value if missing. */
	void bump(String generationKey);

	@Override
	void close();

	/**
	 * @param generations the generation values, in the order of the keys asked for
	 * @param entry the stored entry, if any
	 */
	record Lookup(long[] generations, byte @Nullable [] entry) {
	}

	/**
	 * A generation value that has never been used: the clock in microseconds. A missing
	 * generation gets one, so an evicted key or a restarted store cannot bring an old
	 * value (and the entries stored with it) back.
	 */
	static long freshGeneration() {
		var now = java.time.Instant.now();
		return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
	}

}
