package com.adtopaper.platform.cache;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import net.rubyeye.xmemcached.MemcachedClient;
import net.rubyeye.xmemcached.XMemcachedClientBuilder;
import net.rubyeye.xmemcached.exception.MemcachedException;
import net.rubyeye.xmemcached.impl.KetamaMemcachedSessionLocator;
import net.rubyeye.xmemcached.utils.AddrUtil;

/**
 * Memcached through xmemcached, with consistent hashing over the servers. Failure mode is
 * on: while a server is unreachable, its keys fail instead of moving to another server,
 * so a generation never lives in two places at once; the application reads from the
 * database meanwhile. A server that comes back after a restart is empty, and its
 * generations are created anew, larger than before.
 */
class MemcachedCacheStore implements CacheStore {

	private final MemcachedClient client;

	private final long timeoutMillis;

	MemcachedCacheStore(String servers, Duration timeout, int connectionsPerServer) {
		this.timeoutMillis = timeout.toMillis();
		var builder = new XMemcachedClientBuilder(AddrUtil.getAddresses(servers.trim().replace(',', ' ')));
		builder.setSessionLocator(new KetamaMemcachedSessionLocator());
		builder.setFailureMode(true);
		builder.setOpTimeout(this.timeoutMillis);
		builder.setConnectTimeout(Math.max(1000, this.timeoutMillis));
		builder.setConnectionPoolSize(connectionsPerServer);
		builder.setEnableHealSession(true);
		builder.setHealSessionInterval(1000);
		try {
			this.client = builder.build();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create the Memcached client for " + servers, ex);
		}
	}

	@Override
	public Lookup lookup(List<String> generationKeys, String resultKey) {
		List<String> keys = new ArrayList<>(generationKeys.size() + 1);
		keys.addAll(generationKeys);
		keys.add(resultKey);
		try {
			Map<String, Object> found = this.client.get(keys, this.timeoutMillis);
			long[] generations = new long[generationKeys.size()];
			for (int i = 0; i < generations.length; i++) {
				Object value = found.get(generationKeys.get(i));
				generations[i] = (value != null) ? Long.parseLong(value.toString().trim())
						: this.client.incr(generationKeys.get(i), 0, CacheStore.freshGeneration(), this.timeoutMillis);
			}
			return new Lookup(generations, (found.get(resultKey) instanceof byte[] entry) ? entry : null);
		}
		catch (TimeoutException | MemcachedException | RuntimeException ex) {
			throw new CacheStoreException("Memcached lookup failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CacheStoreException("Interrupted", ex);
		}
	}

	@Override
	public void store(String resultKey, byte[] entry, int ttlSeconds) {
		try {
			// no reply: a miss does not wait for the store; an entry that is lost is only
			// a later miss
			this.client.setWithNoReply(resultKey, ttlSeconds, entry);
		}
		catch (MemcachedException | RuntimeException ex) {
			throw new CacheStoreException("Memcached store failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CacheStoreException("Interrupted", ex);
		}
	}

	@Override
	public void bump(String generationKey) {
		try {
			this.client.incr(generationKey, 1, CacheStore.freshGeneration(), this.timeoutMillis);
		}
		catch (TimeoutException | MemcachedException | RuntimeException ex) {
			throw new CacheStoreException("Memcached increment failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CacheStoreException("Interrupted", ex);
		}
	}

	@Override
	public void close() {
		try {
			this.client.shutdown();
		}
		catch (IOException ex) {
			// closing: nothing left to do
		}
	}

}
