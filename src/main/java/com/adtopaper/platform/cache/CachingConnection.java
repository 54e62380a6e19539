package com.adtopaper.platform.cache;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * Watches one checked-out connection: hands out watched statements, and tells the cache
 * when a transaction commits, rolls back or ends by a switch to autocommit.
 */
final class CachingConnection implements InvocationHandler {

	private final Connection connection;

	private final QueryCache cache;

	private final DataSource database;

	private final ConnectionState state;

	CachingConnection(Connection connection, QueryCache cache, DataSource database) throws java.sql.SQLException {
		this.connection = connection;
		this.cache = cache;
		this.database = database;
		this.state = new ConnectionState(connection);
	}

	@Override
	public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
		String name = method.getName();
		switch (name) {
			case "prepareStatement" -> {
				return statement(proxy, (PreparedStatement) delegate(method, args), (String) args[0],
						PreparedStatement.class, false);
			}
			case "prepareCall" -> {
				return statement(proxy, (CallableStatement) delegate(method, args), (String) args[0],
						CallableStatement.class, true);
			}
			case "createStatement" -> {
				return statement(proxy, (Statement) delegate(method, args), null, Statement.class, false);
			}
			case "commit" -> {
				try {
					return delegate(method, args);
				}
				finally {
					this.cache.committed(this.database, this.state);
				}
			}
			case "rollback" -> {
				Object result = delegate(method, args);
				if (args == null || args.length == 0) {
					this.state.endTransaction();
				}
				return result;
			}
			case "setAutoCommit" -> {
				boolean autoCommit = (boolean) args[0];
				try {
					return delegate(method, args);
				}
				finally {
					if (autoCommit && !this.state.autoCommit) {
						// switching autocommit on commits the open transaction
						this.cache.committed(this.database, this.state);
					}
					this.state.autoCommit = autoCommit;
				}
			}
			case "setTransactionIsolation" -> {
				Object result = delegate(method, args);
				this.state.isolation((int) args[0]);
				return result;
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
				return "CachingConnection[" + this.connection + "]";
			}
			default -> {
				return delegate(method, args);
			}
		}
	}

	private Object statement(Object connectionProxy, Statement statement, @Nullable String sql, Class<?> type,
			boolean callable) {
		var handler = new CachingStatement(statement, (Connection) connectionProxy, sql, callable, this.cache,
				this.database, this.state);
		return Proxy.newProxyInstance(CachingConnection.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private @Nullable Object delegate(Method method, Object @Nullable [] args) throws Throwable {
		try {
			return method.invoke(this.connection, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
