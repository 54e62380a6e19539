package com.adtopaper.querycache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The embedded default's store: entries in a size-bounded Caffeine cache, generations in
 * a map that never loses one. Same keys and same entries as Memcached, so the same code
 * runs in both; only this process uses it.
 */
public class LocalCacheStore implements CacheStore {

	private final Cache<String, byte[]> entries;

	private final ConcurrentHashMap<String, AtomicLong> generations = new ConcurrentHashMap<>();

	/**
	 * @param maxBytes the memory entries may take
	 * @param ttl how long an entry lives at most
	 */
	public LocalCacheStore(long maxBytes, Duration ttl) {
		this.entries = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, byte[] entry) -> key.length() + entry.length)
			.expireAfterWrite(ttl)
			.build();
	}

	@Override
	public Lookup lookup(List<String> generationKeys, String resultKey) {
		long[] values = new long[generationKeys.size()];
		for (int i = 0; i < values.length; i++) {
			AtomicLong generation = this.generations.get(generationKeys.get(i));
			values[i] = (generation != null) ? generation.get() : 0;
		}
		return new Lookup(values, this.entries.getIfPresent(resultKey));
	}

	@Override
	public void store(String resultKey, byte[] entry, int ttlSeconds) {
		this.entries.put(resultKey, entry);
	}

	@Override
	public long increment(String generationKey) {
		AtomicLong generation = this.generations.get(generationKey);
		return (generation != null) ? generation.incrementAndGet() : 0;
	}

	@Override
	public boolean create(String generationKey, long value) {
		return this.generations.putIfAbsent(generationKey, new AtomicLong(value)) == null;
	}

	@Override
	public boolean shared() {
		return false;
	}

	@Override
	public void close() {
		this.entries.invalidateAll();
		this.generations.clear();
	}

}
