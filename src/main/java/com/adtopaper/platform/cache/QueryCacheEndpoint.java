package com.adtopaper.platform.cache;

import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/querycache}: hits, misses, hit ratio, bypasses by reason,
 * invalidations and errors; {@code DELETE} invalidates every cached result (after data
 * was changed outside the application).
 */
@Endpoint(id = "querycache")
class QueryCacheEndpoint {

	private final QueryCache cache;

	private final DataSource dataSource;

	QueryCacheEndpoint(QueryCache cache, DataSource dataSource) {
		this.cache = cache;
		this.dataSource = dataSource;
	}

	@ReadOperation
	Map<String, Object> report() {
		return this.cache.metrics().report();
	}

	@DeleteOperation
	void invalidateAll() throws SQLException {
		this.cache.invalidateAll(unwrapped());
	}

	private DataSource unwrapped() {
		return (this.dataSource instanceof CachingDataSource caching) ? caching.getTargetDataSource() : this.dataSource;
	}

}
