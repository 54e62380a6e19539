package com.adtopaper.querycache;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import org.jspecify.annotations.Nullable;

/**
 * Watches one checked-out connection: hands out watched statements, and tells the cache
 * when a transaction commits, rolls back or ends by a switch to autocommit. Transaction
 * settings reach the physical connection only with the first statement that does (see
 * {@link ConnectionState}).
 */
final class CachingConnection implements InvocationHandler {

	private final Connection connection;

	private final QueryCache cache;

	private final ConnectionState state;

	CachingConnection(Connection connection, QueryCache cache, @Nullable ReplicaPosition replica)
			throws java.sql.SQLException {
		this.connection = connection;
		this.cache = cache;
		this.state = new ConnectionState(connection, replica);
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
					if (this.state.transactionStarted()) {
						delegate(method, args);
					}
					return null;
				}
				finally {
					this.cache.committed(this.state);
				}
			}
			case "rollback" -> {
				if (args == null || args.length == 0) {
					try {
						if (this.state.transactionStarted()) {
							delegate(method, args);
						}
						return null;
					}
					finally {
						this.state.endTransaction();
					}
				}
				this.state.sync();
				return delegate(method, args);
			}
			case "setAutoCommit" -> {
				boolean autoCommit = (boolean) args[0];
				if (autoCommit && !this.state.autoCommit) {
					try {
						// switching autocommit on commits the open transaction
						this.state.autoCommitOn();
					}
					finally {
						this.cache.committed(this.state);
					}
				}
				this.state.autoCommit = autoCommit;
				return null;
			}
			case "getAutoCommit" -> {
				return this.state.autoCommit;
			}
			case "setReadOnly" -> {
				this.state.readOnly((boolean) args[0]);
				return null;
			}
			case "isReadOnly" -> {
				return this.state.readOnly();
			}
			case "setTransactionIsolation" -> {
				this.state.isolation((int) args[0]);
				return null;
			}
			case "getTransactionIsolation" -> {
				return this.state.isolation();
			}
			case "setSavepoint", "releaseSavepoint" -> {
				this.state.sync();
				return delegate(method, args);
			}
			case "unwrap" -> {
				if (((Class<?>) args[0]).isInstance(proxy)) {
					return proxy;
				}
				// whoever works on the physical connection finds it as the application
				// set it
				this.state.sync();
				return delegate(method, args);
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
				this.state);
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
