package com.adtopaper.platform.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The embedded default's store: entries in a size-bounded Caffeine cache, generations in
 * a map. Same keys and same entries as Memcached, so the same code runs in both.
 */
class LocalCacheStore implements CacheStore {

	private final Cache<String, byte[]> entries;

	private final ConcurrentHashMap<String, AtomicLong> generations = new ConcurrentHashMap<>();

	LocalCacheStore(long maxBytes, Duration ttl) {
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
			values[i] = generation(generationKeys.get(i)).get();
		}
		return new Lookup(values, this.entries.getIfPresent(resultKey));
	}

	@Override
	public void store(String resultKey, byte[] entry, int ttlSeconds) {
		this.entries.put(resultKey, entry);
	}

	@Override
	public void bump(String generationKey) {
		generation(generationKey).incrementAndGet();
	}

	private AtomicLong generation(String key) {
		return this.generations.computeIfAbsent(key, (k) -> new AtomicLong(CacheStore.freshGeneration()));
	}

	@Override
	public void close() {
		this.entries.invalidateAll();
	}

}
