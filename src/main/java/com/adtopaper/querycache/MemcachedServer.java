package com.adtopaper.querycache;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * One server of {@link Memcached}: its pool of idle connections, whether it is marked
 * down, and the replacement of connections the server closed.
 */
final class MemcachedServer {

	private static final long DOWN_MILLIS = 1000;

	private final InetSocketAddress address;

	private final int timeoutMillis;

	private final BlockingQueue<MemcachedConnection> idle;

	private final LongAdder reconnects = new LongAdder();

	private volatile long downUntil;

	MemcachedServer(InetSocketAddress address, int connections, int timeoutMillis) {
		this.address = address;
		this.timeoutMillis = timeoutMillis;
		this.idle = new ArrayBlockingQueue<>(Math.max(1, connections));
	}

	/**
	 * Runs a command on an idle connection, or a new one. A pooled connection that turns
	 * out closed by the server (it restarted, or dropped idle clients) means every other
	 * idle connection to it is dead too: they are all closed, and the command is sent
	 * once more on a new connection, so a restart costs no failed operation. A timeout is
	 * not retried: the server is alive but slow, and the caller decides.
	 * @param failFast whether to fail at once while the server is marked down (reads and
	 * stores do: they have the database to go to)
	 */
	<T> T call(boolean failFast, Command<T> command) throws IOException {
		if (failFast && System.currentTimeMillis() < this.downUntil) {
			throw new IOException("Memcached " + this.address + " is down");
		}
		MemcachedConnection pooled = this.idle.poll();
		if (pooled != null) {
			try {
				return run(pooled, command);
			}
			catch (SocketTimeoutException ex) {
				throw failed(ex);
			}
			catch (IOException | RuntimeException ex) {
				// closed by the other side: so are the other idle ones
				closeIdle();
				this.reconnects.increment();
			}
		}
		try {
			return run(new MemcachedConnection(this.address, this.timeoutMillis), command);
		}
		catch (IOException | RuntimeException ex) {
			throw failed(ex);
		}
	}

	private <T> T run(MemcachedConnection connection, Command<T> command) throws IOException {
		try {
			connection.readPendingReplies();
			T result = command.run(connection);
			if (!this.idle.offer(connection)) {
				connection.close();
			}
			return result;
		}
		catch (IOException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	private IOException failed(Exception ex) {
		this.downUntil = System.currentTimeMillis() + DOWN_MILLIS;
		return (ex instanceof IOException io) ? io : new IOException(ex);
	}

	void closeIdle() {
		for (MemcachedConnection connection = this.idle.poll(); connection != null; connection = this.idle.poll()) {
			connection.close();
		}
	}

	void close() {
		closeIdle();
	}

	/** How many times a connection found dead was replaced and the command sent again. */
	long reconnects() {
		return this.reconnects.sum();
	}

	/** A command sent on one connection. */
	@FunctionalInterface
	interface Command<T> {

		T run(MemcachedConnection connection) throws IOException;

	}

}
