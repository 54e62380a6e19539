package com.adtopaper.querycache;

import java.time.Duration;

/**
 * The embedded default's store keeps the contract; losing everything is a new process.
 */
class LocalCacheStoreTests extends CacheStoreContractTests {

	@Override
	protected CacheStore newStore() {
		return new LocalCacheStore(1 << 20, Duration.ofMinutes(1));
	}

	@Override
	protected void loseEverything() {
		this.store.close();
		this.store = newStore();
	}

}
