package com.adtopaper.querycache;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where generations and cached results live: Memcached in production
 * ({@link MemcachedCacheStore}), the process in the embedded default
 * ({@link LocalCacheStore}). Every operation either succeeds within the store's timeout
 * or throws {@link CacheStoreException}; the cache then goes to the database, or (for an
 * invalidation) tries again. {@code CacheStoreContractTests} states this contract, and
 * every store passes it.
 * <p>
 * A store never makes up a generation: a missing one reads as 0, and only the cache
 * creates it ({@link #create}) with a value no earlier life of that key has had. A store
 * may lose generations and entries at any time (eviction, a restart), never half-write
 * one.
 */
public interface CacheStore extends AutoCloseable {

	/**
	 * The current values of the generation keys (0 for a missing one) and the entry
	 * stored under the result key, in one round trip where the store allows it.
	 */
	Lookup lookup(List<String> generationKeys, String resultKey);

	/** Stores an entry; it may be lost, never half-written. */
	void store(String resultKey, byte[] entry, int ttlSeconds);

	/**
	 * Adds one to a generation, atomically.
	 * @return the new value, or 0 if the generation is missing (then no entry can be
	 * served under it until it is created anew, and there is nothing to invalidate)
	 */
	long increment(String generationKey);

	/**
	 * Creates a generation with the given value unless it exists.
	 * @return whether this call created it
	 */
	boolean create(String generationKey, long value);

	/**
	 * Whether other processes share this store, and so can lose their connection to it
	 * while this one keeps it: then an invalidation that cannot reach the store goes
	 * through the database (see the package documentation).
	 */
	boolean shared();

	@Override
	void close();

	/**
	 * @param generations the generation values, in the order of the keys asked for, 0 for
	 * a missing one
	 * @param entry the stored entry, if any
	 */
	record Lookup(long[] generations, byte @Nullable [] entry) {
	}

}
