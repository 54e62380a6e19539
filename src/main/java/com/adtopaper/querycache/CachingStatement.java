package com.adtopaper.querycache;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Watches one statement: records the parameters bound to it, sends queries through the
 * cache, and reports every other execution (and every batch) so that its writes are
 * invalidated.
 */
final class CachingStatement implements InvocationHandler {

	private final Statement statement;

	private final Connection connection;

	private final @Nullable String sql;

	private final boolean callable;

	private final QueryCache cache;

	private final ConnectionState state;

	private final Parameters parameters = new Parameters();

	private final List<String> batch = new ArrayList<>();

	private long maxRows;

	private @Nullable ResultSet current;

	CachingStatement(Statement statement, Connection connection, @Nullable String sql, boolean callable,
			QueryCache cache, ConnectionState state) {
		this.statement = statement;
		this.connection = connection;
		this.sql = sql;
		this.callable = callable;
		this.cache = cache;
		this.state = state;
	}

	@Override
	public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
		String name = method.getName();
		int count = (args != null) ? args.length : 0;
		if (this.sql != null && name.startsWith("set") && count >= 2 && args[0] instanceof Integer) {
			this.parameters.record(name, args);
			return delegate(method, args);
		}
		switch (name) {
			case "executeQuery" -> {
				String text = (count > 0) ? (String) args[0] : this.sql;
				if (this.callable || text == null) {
					return executed(method, args, text);
				}
				this.current = this.cache.query(this.state, text, this.parameters, this.maxRows, (Statement) proxy,
						() -> (ResultSet) query(method, args));
				return this.current;
			}
			case "execute", "executeUpdate", "executeLargeUpdate" -> {
				this.current = null;
				return executed(method, args, (count > 0 && args[0] instanceof String text) ? text : this.sql);
			}
			case "addBatch" -> {
				if (count > 0) {
					this.batch.add((String) args[0]);
				}
				return delegate(method, args);
			}
			case "clearBatch" -> {
				this.batch.clear();
				return delegate(method, args);
			}
			case "executeBatch", "executeLargeBatch" -> {
				this.state.sync();
				try {
					return delegate(method, args);
				}
				finally {
					List<String> statements = (this.sql != null) ? List.of(this.sql) : List.copyOf(this.batch);
					this.batch.clear();
					for (String text : statements) {
						report(text);
					}
				}
			}
			case "clearParameters" -> {
				this.parameters.clear();
				return delegate(method, args);
			}
			case "setMaxRows", "setLargeMaxRows" -> {
				this.maxRows = ((Number) args[0]).longValue();
				return delegate(method, args);
			}
			case "getResultSet" -> {
				return (this.current != null) ? this.current : delegate(method, args);
			}
			case "getConnection" -> {
				return this.connection;
			}
			case "unwrap" -> {
				return ((Class<?>) args[0]).isInstance(proxy) ? proxy : delegate(method, args);
			}
			case "isWrapperFor" -> {
				return ((Class<?>) args[0]).isInstance(proxy) || (boolean) delegate(method, args);
			}
			case "equals" -> {
				return proxy == args[0];
			}
			case "hashCode" -> {
				return System.identityHashCode(proxy);
			}
			case "toString" -> {
				return "CachingStatement[" + this.statement + "]";
			}
			default -> {
				return delegate(method, args);
			}
		}
	}

	private @Nullable Object executed(Method method, Object @Nullable [] args, @Nullable String text) throws Throwable {
		this.state.sync();
		try {
			return delegate(method, args);
		}
		finally {
			report(text);
		}
	}

	private void report(@Nullable String text) throws SQLException {
		// a stored procedure, or a statement whose text we never saw, may have written
		// anything
		this.cache.executed(this.state, (this.callable || text == null) ? "CALL unknown()" : text);
	}

	private @Nullable Object query(Method method, Object @Nullable [] args) throws SQLException {
		this.state.sync();
		try {
			return method.invoke(this.statement, args);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof SQLException sql) {
				throw sql;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new SQLException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private @Nullable Object delegate(Method method, Object @Nullable [] args) throws Throwable {
		try {
			return method.invoke(this.statement, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
