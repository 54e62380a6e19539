package com.adtopaper.querycache;

import java.sql.SQLException;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/querycache}: what {@link QueryCachingDataSource#report()} says;
 * {@code DELETE} invalidates every cached result (after data was changed outside the
 * application).
 */
@Endpoint(id = "querycache")
class QueryCacheEndpoint {

	private final QueryCachingDataSource dataSource;

	QueryCacheEndpoint(QueryCachingDataSource dataSource) {
		this.dataSource = dataSource;
	}

	@ReadOperation
	Map<String, Object> report() {
		return this.dataSource.report();
	}

	@DeleteOperation
	void invalidateAll() throws SQLException {
		this.dataSource.invalidateAll();
	}

}
