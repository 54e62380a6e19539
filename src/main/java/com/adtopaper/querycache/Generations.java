package com.adtopaper.querycache;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the generations a lookup found missing, on a thread of its own. Each created
 * generation starts a new <em>life</em> of its key at {@code epoch << 40}, with an epoch
 * never handed out before: no value of one life is ever a value of another (a life would
 * need 2<sup>40</sup> invalidations to reach the next epoch), so an entry stored under a
 * value of an earlier life is never served. Epochs come from one row in the database (for
 * a shared store) or from a counter in the process (for the local store, which only this
 * process uses); no clock is involved, so nodes whose clocks disagree cannot make a value
 * come back. Reading threads never wait for a creation: a read that finds a generation
 * missing goes to the database.
 */
final class Generations implements AutoCloseable {

	static final int LIFE_BITS = 40;

	static final String EPOCH_TABLE = "query_cache_epoch";

	private static final Logger log = LoggerFactory.getLogger(Generations.class);

	private final CacheStore store;

	private final Epochs epochs;

	private final QueryCacheMetrics metrics;

	private final Set<String> wanted = ConcurrentHashMap.newKeySet();

	private final ExecutorService creator = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("query-cache-generations").factory());

	Generations(CacheStore store, Epochs epochs, QueryCacheMetrics metrics) {
		this.store = store;
		this.epochs = epochs;
		this.metrics = metrics;
	}

	/** Asks for these generations to be created; returns at once. */
	void missing(Collection<String> keys) {
		if (this.wanted.addAll(keys)) {
			try {
				this.creator.execute(this::createWanted);
			}
			catch (RuntimeException ex) {
				// closing
			}
		}
	}

	private void createWanted() {
		List<String> keys = new ArrayList<>(this.wanted);
		if (keys.isEmpty()) {
			return;
		}
		try {
			long last = this.epochs.reserve(keys.size());
			for (int i = 0; i < keys.size(); i++) {
				long epoch = last - keys.size() + 1 + i;
				if (this.store.create(keys.get(i), epoch << LIFE_BITS)) {
					this.metrics.event("generation-created");
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			// the reads that need them go to the database, and ask again
			this.metrics.error("create");
			log.debug("Could not create generations {}: {}", keys, ex.getMessage());
		}
		finally {
			// only now: reads meanwhile need not ask again
			this.wanted.removeAll(keys);
		}
	}

	@Override
	public void close() {
		this.creator.shutdownNow();
	}

	/** Where epochs come from. */
	interface Epochs {

		/**
		 * Reserves epochs never handed out before.
		 * @return the last of {@code count} consecutive epochs reserved
		 */
		long reserve(int count) throws SQLException;

		/** For a store only this process uses. */
		static Epochs inProcess() {
			var counter = new AtomicLong();
			return counter::addAndGet;
		}

		/**
		 * One row in the database, shared by every node: its row lock orders every
		 * reservation, whatever the nodes' clocks say.
		 */
		static Epochs in(DataSource database) {
			var created = new java.util.concurrent.atomic.AtomicBoolean();
			return (count) -> {
				if (!created.get()) {
					createTable(database);
					created.set(true);
				}
				try (Connection connection = database.getConnection()) {
					connection.setAutoCommit(false);
					try (var update = connection
						.prepareStatement("update " + EPOCH_TABLE + " set epoch = epoch + ? where id = 1");
							var select = connection
								.prepareStatement("select epoch from " + EPOCH_TABLE + " where id = 1")) {
						update.setInt(1, count);
						update.executeUpdate();
						try (var rows = select.executeQuery()) {
							rows.next();
							long last = rows.getLong(1);
							connection.commit();
							return last;
						}
					}
					catch (SQLException ex) {
						connection.rollback();
						throw ex;
					}
				}
			};
		}

		/** Not at start: a migration tool must find the schema as it left it. */
		private static void createTable(DataSource database) throws SQLException {
			try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
				statement.execute("create table if not exists " + EPOCH_TABLE
						+ " (id int not null primary key, epoch bigint not null)");
				try {
					statement.executeUpdate("insert into " + EPOCH_TABLE + " (id, epoch) select 1, 0 from dual"
							+ " where not exists (select 1 from " + EPOCH_TABLE + " where id = 1)");
				}
				catch (SQLException ex) {
					// another node inserted it first
					if (ex.getSQLState() == null || !ex.getSQLState().startsWith("23")) {
						throw ex;
					}
				}
			}
		}

	}

}
