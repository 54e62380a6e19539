package com.adtopaper.querycache;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CacheStore} must do, whatever keeps the data: each store's tests
 * extend this class and say how to make the store and how it loses everything.
 */
abstract class CacheStoreContractTests {

	private static final AtomicInteger KEYS = new AtomicInteger();

	protected CacheStore store;

	private String prefix;

	/** A new store, empty as far as this test's keys go. */
	protected abstract CacheStore newStore();

	/** Makes the store lose every generation and entry, as a restart does. */
	protected abstract void loseEverything();

	@BeforeEach
	void open() {
		this.store = newStore();
		this.prefix = "contract-" + System.nanoTime() + "-" + KEYS.incrementAndGet() + ":";
	}

	@AfterEach
	void closeStore() {
		this.store.close();
	}

	private String key(String name) {
		return this.prefix + name;
	}

	@Test
	void aMissingGenerationReadsAsZeroUntilCreatedAndIsCreatedOnlyOnce() {
		assertThat(this.store.lookup(List.of(key("g")), key("r")).generations()).containsExactly(0);
		assertThat(this.store.create(key("g"), 7L << 40)).isTrue();
		assertThat(this.store.create(key("g"), 9L << 40)).as("it exists already").isFalse();
		assertThat(this.store.lookup(List.of(key("g")), key("r")).generations()).containsExactly(7L << 40);
	}

	@Test
	void anIncrementAddsOneAndReturnsTheNewValueAndLeavesAMissingGenerationMissing() {
		assertThat(this.store.increment(key("missing"))).isZero();
		assertThat(this.store.lookup(List.of(key("missing")), key("r")).generations()).containsExactly(0);
		this.store.create(key("g"), 5L << 40);
		assertThat(this.store.increment(key("g"))).isEqualTo((5L << 40) + 1);
		assertThat(this.store.increment(key("g"))).isEqualTo((5L << 40) + 2);
	}

	@Test
	void aLookupReturnsTheGenerationsInTheOrderAskedForWithTheEntry() {
		this.store.create(key("a"), 1L << 40);
		this.store.create(key("b"), 2L << 40);
		byte[] entry = "an entry".getBytes(StandardCharsets.UTF_8);
		this.store.store(key("r"), entry, 60);
		awaitEntry(key("r"));
		var lookup = this.store.lookup(List.of(key("b"), key("a"), key("c")), key("r"));
		assertThat(lookup.generations()).containsExactly(2L << 40, 1L << 40, 0);
		assertThat(lookup.entry()).isEqualTo(entry);
		assertThat(this.store.lookup(List.of(key("a")), key("other")).entry()).isNull();
	}

	@Test
	void concurrentIncrementsAreEachCountedOnce() {
		this.store.create(key("g"), 3L << 40);
		var writers = IntStream.range(0, 8).mapToObj((i) -> CompletableFuture.runAsync(() -> {
			for (int n = 0; n < 100; n++) {
				this.store.increment(key("g"));
			}
		})).toArray(CompletableFuture[]::new);
		CompletableFuture.allOf(writers).join();
		assertThat(this.store.lookup(List.of(key("g")), key("r")).generations()).containsExactly((3L << 40) + 800);
	}

	@Test
	void ofConcurrentCreationsExactlyOneWins() {
		var created = new AtomicInteger();
		var creators = IntStream.range(1, 9).mapToObj((i) -> CompletableFuture.runAsync(() -> {
			if (this.store.create(key("g"), ((long) i) << 40)) {
				created.incrementAndGet();
			}
		})).toArray(CompletableFuture[]::new);
		CompletableFuture.allOf(creators).join();
		assertThat(created).hasValue(1);
		long value = this.store.lookup(List.of(key("g")), key("r")).generations()[0];
		assertThat(value >>> 40).isBetween(1L, 8L);
	}

	@Test
	void aStoreThatLostEverythingHasNoGenerationAndNoEntry() {
		this.store.create(key("g"), 4L << 40);
		this.store.store(key("r"), new byte[] { 1, 2, 3 }, 60);
		awaitEntry(key("r"));
		loseEverything();
		var lookup = this.store.lookup(List.of(key("g")), key("r"));
		assertThat(lookup.generations()).containsExactly(0);
		assertThat(lookup.entry()).isNull();
		assertThat(this.store.increment(key("g"))).isZero();
	}

	/** Stores may write in the background (Memcached: without waiting for the reply). */
	private void awaitEntry(String key) {
		for (int i = 0; i < 100 && this.store.lookup(List.of(), key).entry() == null; i++) {
			CacheNode.sleep(10);
		}
	}

}
