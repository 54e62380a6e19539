package com.adtopaper.platform.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * What the cache must know of one checked-out connection: is it in a transaction, at
 * which isolation, has the transaction written, and which tables to invalidate when it
 * commits.
 */
final class ConnectionState {

	private final Connection connection;

	boolean autoCommit;

	private int isolation = -1;

	/** The open transaction wrote: its reads must see its own writes, not the cache. */
	boolean wrote;

	/** Tables written by the open transaction, invalidated when it commits. */
	final Set<String> written = new HashSet<>();

	ConnectionState(Connection connection) throws SQLException {
		this.connection = connection;
		this.autoCommit = connection.getAutoCommit();
	}

	int isolation() throws SQLException {
		if (this.isolation < 0) {
			this.isolation = this.connection.getTransactionIsolation();
		}
		return this.isolation;
	}

	void isolation(int level) {
		this.isolation = level;
	}

	void endTransaction() {
		this.written.clear();
		this.wrote = false;
	}

}
