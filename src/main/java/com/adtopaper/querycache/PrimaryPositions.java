package com.adtopaper.querycache;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

/**
 * The primary's binary log position, read by a query that starts after the caller asked:
 * every transaction whose commit returned before the call is in it. Callers who ask while
 * a reading is under way share the next one, so the primary answers at most one such
 * query at a time however many readers wait. Hand-written because the guarantee ("a
 * reading started after my call") is the point; no pool or cache library gives it.
 */
final class PrimaryPositions implements AutoCloseable {

	private final DataSource primary;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition asked = this.lock.newCondition();

	/** The reading that has not started yet; whoever asks now waits for it. */
	private CompletableFuture<GtidPosition> next = new CompletableFuture<>();

	private boolean waiting;

	private volatile boolean closed;

	private final Thread reader;

	PrimaryPositions(DataSource primary) {
		this.primary = primary;
		this.reader = Thread.ofVirtual().name("querycache-primary-position").start(this::readWhenAsked);
	}

	/** A position read from the primary by a query that starts after this call. */
	CompletableFuture<GtidPosition> readAfterNow() {
		this.lock.lock();
		try {
			this.waiting = true;
			this.asked.signal();
			return this.next;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void readWhenAsked() {
		while (!this.closed) {
			CompletableFuture<GtidPosition> reading;
			this.lock.lock();
			try {
				while (!this.waiting && !this.closed) {
					this.asked.awaitUninterruptibly();
				}
				reading = this.next;
				this.next = new CompletableFuture<>();
				this.waiting = false;
			}
			finally {
				this.lock.unlock();
			}
			try {
				reading.complete(read());
			}
			catch (SQLException | RuntimeException ex) {
				reading.completeExceptionally(ex);
			}
		}
	}

	private GtidPosition read() throws SQLException {
		try (Connection connection = this.primary.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT @@gtid_binlog_pos")) {
			result.next();
			return GtidPosition.parse(result.getString(1));
		}
	}

	@Override
	public void close() {
		this.closed = true;
		this.lock.lock();
		try {
			this.asked.signal();
			this.next.completeExceptionally(new IllegalStateException("The query cache is closed"));
		}
		finally {
			this.lock.unlock();
		}
	}

}
