package com.adtopaper.platform.cache;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's {@link DataSource}, with every connection it hands out watched by the
 * query cache. JPA, JDBC templates, Flyway and the event registry all go through it, so
 * no query needs an annotation to be cached and no write can skip invalidation.
 */
final class CachingDataSource extends DelegatingDataSource {

	private final Supplier<QueryCache> cache;

	CachingDataSource(DataSource target, Supplier<QueryCache> cache) {
		super(target);
		this.cache = cache;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return wrap(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return wrap(obtainTargetDataSource().getConnection(username, password));
	}

	private Connection wrap(Connection connection) throws SQLException {
		var handler = new CachingConnection(connection, this.cache.get());
		return (Connection) Proxy.newProxyInstance(CachingDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

}
