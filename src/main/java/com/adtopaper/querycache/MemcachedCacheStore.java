package com.adtopaper.querycache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Memcached, with consistent hashing over the servers and failure mode on: while a server
 * is unreachable its keys fail instead of moving to another server, so a generation never
 * lives in two places at once; the application reads from the database meanwhile. A
 * server that comes back after a restart is empty, and its generations are created anew
 * by the cache.
 */
public class MemcachedCacheStore implements CacheStore {

	private final Memcached memcached;

	/**
	 * @param servers {@code host:port} separated by spaces or commas
	 * @param timeout how long one operation may take
	 * @param connectionsPerServer idle connections kept open to each server
	 */
	public MemcachedCacheStore(String servers, Duration timeout, int connectionsPerServer) {
		this.memcached = new Memcached(servers, timeout, connectionsPerServer);
	}

	@Override
	public Lookup lookup(List<String> generationKeys, String resultKey) {
		List<String> keys = new ArrayList<>(generationKeys.size() + 1);
		keys.addAll(generationKeys);
		keys.add(resultKey);
		try {
			Map<String, byte[]> found = this.memcached.get(keys);
			long[] generations = new long[generationKeys.size()];
			for (int i = 0; i < generations.length; i++) {
				byte[] value = found.get(generationKeys.get(i));
				generations[i] = (value != null) ? Long.parseLong(new String(value, StandardCharsets.US_ASCII).trim())
						: 0;
			}
			return new Lookup(generations, found.get(resultKey));
		}
		catch (IOException | NumberFormatException ex) {
			throw new CacheStoreException("Memcached lookup failed", ex);
		}
	}

	@Override
	public void store(String resultKey, byte[] entry, int ttlSeconds) {
		try {
			this.memcached.set(resultKey, entry, ttlSeconds);
		}
		catch (IOException ex) {
			throw new CacheStoreException("Memcached store failed", ex);
		}
	}

	@Override
	public long increment(String generationKey) {
		try {
			return this.memcached.incr(generationKey);
		}
		catch (IOException | NumberFormatException ex) {
			throw new CacheStoreException("Memcached increment failed", ex);
		}
	}

	@Override
	public boolean create(String generationKey, long value) {
		try {
			return this.memcached.add(generationKey, Long.toString(value).getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new CacheStoreException("Memcached add failed", ex);
		}
	}

	@Override
	public boolean shared() {
		return true;
	}

	/** Connections found closed by a server and replaced (after its restart). */
	public long reconnects() {
		return this.memcached.reconnects();
	}

	@Override
	public void close() {
		this.memcached.close();
	}

}
