package com.adtopaper.querycache;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the cache must know of one checked-out connection: is it in a transaction, at
 * which isolation, has the transaction written, and which tables to invalidate when it
 * commits.
 * <p>
 * It also holds back the transaction settings (autocommit, read-only, isolation) until a
 * statement reaches the database, the way Spring's {@code LazyConnectionDataSourceProxy}
 * holds back the whole connection: a read-only transaction whose reads are all served
 * from the cache then costs the database no round trip at all (no {@code SET autocommit},
 * no {@code COMMIT}). Statements are never kept from seeing the settings they asked for:
 * {@link #sync()} runs before anything executes.
 */
final class ConnectionState {

	private final Connection connection;

	/**
	 * For a replica's connection: how far the replica has applied the primary's writes.
	 */
	private final @Nullable ReplicaPosition replica;

	/** As the application set it. */
	boolean autoCommit;

	private boolean readOnly;

	private int isolation = -1;

	/** As the physical connection has it. */
	private boolean appliedAutoCommit;

	private boolean appliedReadOnly;

	private int appliedIsolation = -1;

	/** The open transaction wrote: its reads must see its own writes, not the cache. */
	boolean wrote;

	/** Tables written by the open transaction, invalidated when it commits. */
	final Set<String> written = new HashSet<>();

	ConnectionState(Connection connection, @Nullable ReplicaPosition replica) throws SQLException {
		this.connection = connection;
		this.replica = replica;
		this.autoCommit = connection.getAutoCommit();
		this.appliedAutoCommit = this.autoCommit;
		this.readOnly = connection.isReadOnly();
		this.appliedReadOnly = this.readOnly;
	}

	/** The physical connection. */
	Connection connection() {
		return this.connection;
	}

	/**
	 * For a replica's connection, how far the replica has applied the primary's writes.
	 */
	@Nullable ReplicaPosition replica() {
		return this.replica;
	}

	int isolation() throws SQLException {
		if (this.isolation < 0) {
			this.isolation = this.connection.getTransactionIsolation();
			this.appliedIsolation = this.isolation;
		}
		return this.isolation;
	}

	void isolation(int level) {
		this.isolation = level;
	}

	boolean readOnly() {
		return this.readOnly;
	}

	void readOnly(boolean readOnly) {
		this.readOnly = readOnly;
	}

	/**
	 * Whether the physical connection has a transaction open that needs its commit or
	 * rollback.
	 */
	boolean transactionStarted() {
		return !this.appliedAutoCommit;
	}

	/** Brings the physical connection to the settings the application asked for. */
	void sync() throws SQLException {
		if (this.isolation >= 0 && this.isolation != this.appliedIsolation) {
			this.connection.setTransactionIsolation(this.isolation);
			this.appliedIsolation = this.isolation;
		}
		if (this.readOnly != this.appliedReadOnly) {
			this.connection.setReadOnly(this.readOnly);
			this.appliedReadOnly = this.readOnly;
		}
		if (this.autoCommit != this.appliedAutoCommit) {
			this.connection.setAutoCommit(this.autoCommit);
			this.appliedAutoCommit = this.autoCommit;
		}
	}

	/**
	 * The application switched autocommit on: a transaction open on the connection is
	 * committed by it.
	 */
	void autoCommitOn() throws SQLException {
		this.autoCommit = true;
		if (!this.appliedAutoCommit) {
			this.connection.setAutoCommit(true);
			this.appliedAutoCommit = true;
		}
	}

	void endTransaction() {
		this.written.clear();
		this.wrote = false;
	}

}
