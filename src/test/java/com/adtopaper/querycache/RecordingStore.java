package com.adtopaper.querycache;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A store in front of another that records every call, lets a test wait for the entries
 * stored in the background, and runs a test's action at a chosen call (after a lookup,
 * before a store), where a concurrent write matters.
 */
final class RecordingStore implements CacheStore {

	private final CacheStore store;

	final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();

	private final Semaphore stored = new Semaphore(0);

	volatile Consumer<String> afterLookup = (key) -> {
	};

	volatile Consumer<String> beforeStore = (key) -> {
	};

	RecordingStore(CacheStore store) {
		this.store = store;
	}

	@Override
	public Lookup lookup(List<String> generationKeys, String resultKey) {
		this.calls.add("lookup");
		Lookup lookup = this.store.lookup(generationKeys, resultKey);
		this.afterLookup.accept(resultKey);
		return lookup;
	}

	@Override
	public void store(String resultKey, byte[] entry, int ttlSeconds) {
		this.calls.add("store");
		this.beforeStore.accept(resultKey);
		try {
			this.store.store(resultKey, entry, ttlSeconds);
		}
		finally {
			this.stored.release();
		}
	}

	@Override
	public long increment(String generationKey) {
		this.calls.add("increment " + generationKey.substring(generationKey.lastIndexOf(':') + 1));
		return this.store.increment(generationKey);
	}

	@Override
	public boolean create(String generationKey, long value) {
		this.calls.add("create " + generationKey.substring(generationKey.lastIndexOf(':') + 1));
		return this.store.create(generationKey, value);
	}

	@Override
	public boolean shared() {
		return this.store.shared();
	}

	/** Forgets the entries stored so far, for {@link #awaitStored}. */
	void forgetStored() {
		this.stored.drainPermits();
	}

	/** Waits until as many entries as asked for have been stored since the last wait. */
	void awaitStored(int entries) {
		try {
			if (!this.stored.tryAcquire(entries, 10, TimeUnit.SECONDS)) {
				throw new AssertionError("fewer than " + entries + " entries stored: " + this.calls);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.store.close();
	}

}
