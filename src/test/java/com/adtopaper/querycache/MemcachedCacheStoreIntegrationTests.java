package com.adtopaper.querycache;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import com.adtopaper.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Memcached keeps the store's contract, against a memcached of the test's own that it
 * kills and starts again to lose everything; and fails within its timeout, never hangs.
 */
@Tag("integration")
class MemcachedCacheStoreIntegrationTests extends CacheStoreContractTests {

	private static ServerProcess memcached;

	@BeforeAll
	static void start() {
		memcached = ServerProcess.memcached(21341);
	}

	@AfterAll
	static void stop() {
		memcached.close();
	}

	@Override
	protected CacheStore newStore() {
		return new MemcachedCacheStore(memcached.address(), Duration.ofSeconds(1), 4);
	}

	@Override
	protected void loseEverything() {
		memcached.kill();
		memcached.start();
	}

	@Test
	void aServerThatNeverAnswersFailsEachOperationWithinTheTimeout() throws IOException {
		try (var silent = new ServerSocket(0);
				var store = new MemcachedCacheStore("127.0.0.1:" + silent.getLocalPort(), Duration.ofMillis(100), 1)) {
			long start = System.nanoTime();
			assertThatExceptionOfType(CacheStoreException.class).isThrownBy(() -> store.increment("k"));
			assertThatExceptionOfType(CacheStoreException.class).isThrownBy(() -> store.lookup(List.of("k"), "r"));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		}
	}

	@Test
	void aServerThatIsDownFailsAtOnce() throws IOException {
		int port;
		try (var free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		try (var store = new MemcachedCacheStore("127.0.0.1:" + port, Duration.ofSeconds(1), 1)) {
			assertThatExceptionOfType(CacheStoreException.class).isThrownBy(() -> store.create("k", 1L << 40));
		}
	}

}
