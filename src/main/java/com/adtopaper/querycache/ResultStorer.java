package com.adtopaper.querycache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * Stores the results of cache misses for {@link QueryCache}: encodes and writes each on a
 * virtual thread, at most {@value #MAX_STORING} at a time.
 */
final class ResultStorer {

	private static final int MAX_STORING = 256;

	private final Semaphore storing = new Semaphore(MAX_STORING);

	private final ExecutorService storer = Executors.newVirtualThreadPerTaskExecutor();

	private final CacheStore store;

	private final QueryCacheSettings settings;

	private final QueryCacheMetrics metrics;

	ResultStorer(CacheStore store, QueryCacheSettings settings, QueryCacheMetrics metrics) {
		this.store = store;
		this.settings = settings;
		this.metrics = metrics;
	}

	/**
	 * Encodes and stores a result on a virtual thread, so that a miss costs the caller
	 * only the lookup: the generations stored with it were read before the statement ran,
	 * which is all that correctness needs. Under a backlog, results are simply not
	 * stored.
	 */
	void storeInBackground(String resultKey, long[] generations, CachedResult result, @Nullable Condition replica) {
		if (!result.cacheable()) {
			this.metrics.bypass("too-large-or-unsupported");
			return;
		}
		if (!this.storing.tryAcquire()) {
			this.metrics.bypass("store-backlog");
			return;
		}
		try {
			this.storer.execute(() -> {
				try {
					if (replica == null || replica.met(this.metrics)) {
						store(resultKey, generations, result);
					}
				}
				finally {
					this.storing.release();
				}
			});
		}
		catch (RuntimeException ex) {
			this.storing.release();
			this.metrics.error("store");
		}
	}

	private void store(String resultKey, long[] generations, CachedResult result) {
		byte[] entry = ResultCodec.encode(generations, result);
		if (entry.length > this.settings.maxItemSize().toBytes()) {
			this.metrics.bypass("too-large-or-unsupported");
			return;
		}
		try {
			this.store.store(resultKey, entry, (int) this.settings.ttl().toSeconds());
		}
		catch (CacheStoreException ex) {
			this.metrics.error("store");
		}
	}

	/**
	 * For a result read from a replica: the replica's position read before the statement
	 * ran, and the position it must have reached for the result to be stored.
	 */
	record Condition(@Nullable String applied, CompletableFuture<GtidPosition> required) {

		private static final long WAIT_SECONDS = 2;

		boolean met(QueryCacheMetrics metrics) {
			if (this.applied == null) {
				metrics.bypass("replica-position-unknown");
				return false;
			}
			GtidPosition needed;
			try {
				needed = this.required.get(WAIT_SECONDS, TimeUnit.SECONDS);
			}
			catch (ExecutionException | TimeoutException ex) {
				metrics.error("primary-position");
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			if (!GtidPosition.parse(this.applied).covers(needed)) {
				metrics.bypass("replica-behind");
				return false;
			}
			metrics.event("stored-from-replica");
			return true;
		}

	}

	/** Stops taking results; those already taken are still stored. */
	void shutdown() {
		this.storer.shutdown();
	}

}
