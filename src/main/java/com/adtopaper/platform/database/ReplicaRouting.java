package com.adtopaper.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The two DataSources Spring's {@link LazyConnectionDataSourceProxy} routes between: the
 * primary for everything but read-only transactions, and for those a replica that takes
 * reads (in turn), or the primary when {@link ReadYourWrites} says so or no replica does.
 * Spring's proxy does the routing by the transaction's read-only flag; what is written
 * here is only the choice among replicas and the fall back to the primary.
 */
final class ReplicaRouting {

	private ReplicaRouting() {
	}

	static LazyConnectionDataSourceProxy over(DataSource primary, List<ReplicaNode> replicas, ReadYourWrites policy,
			MeterRegistry registry) {
		var proxy = new LazyConnectionDataSourceProxy(new Primary(primary, policy));
		proxy.setReadOnlyDataSource(new Replicas(primary, replicas, policy, registry));
		proxy.afterPropertiesSet();
		return proxy;
	}

	static double lagOf(ReplicaNode replica) {
		Object lag = replica.report().get("lagSeconds");
		return (lag instanceof Long seconds) ? seconds : Double.NaN;
	}

	/** The primary, noting that the current request has used it. */
	private static final class Primary extends DelegatingDataSource {

		private final ReadYourWrites policy;

		Primary(DataSource primary, ReadYourWrites policy) {
			super(primary);
			this.policy = policy;
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.policy.primaryUsed();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			this.policy.primaryUsed();
			return super.getConnection(username, password);
		}

	}

	/** A replica's connection for a read-only transaction, or the primary's. */
	private static final class Replicas extends DelegatingDataSource {

		private final List<ReplicaNode> replicas;

		private final ReadYourWrites policy;

		private final AtomicInteger next = new AtomicInteger();

		private final Counter onReplica;

		private final Counter onPrimary;

		Replicas(DataSource primary, List<ReplicaNode> replicas, ReadYourWrites policy, MeterRegistry registry) {
			super(primary);
			this.replicas = List.copyOf(replicas);
			this.policy = policy;
			this.onReplica = registry.counter("adtopaper.database.read-only-transactions", "on", "replica");
			this.onPrimary = registry.counter("adtopaper.database.read-only-transactions", "on", "primary");
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (this.policy.replicaAllowed()) {
				int start = Math.floorMod(this.next.getAndIncrement(), this.replicas.size());
				for (int i = 0; i < this.replicas.size(); i++) {
					ReplicaNode replica = this.replicas.get((start + i) % this.replicas.size());
					if (!replica.takesReads()) {
						continue;
					}
					Connection connection = null;
					try {
						connection = replica.reads().getConnection();
						// a pooled connection may have outlived its server: better a ping
						// now than a failed read
						if (connection.isValid(1)) {
							this.onReplica.increment();
							return connection;
						}
						connection.close();
						replica.failed(new SQLException("a pooled connection did not answer"));
					}
					catch (SQLException ex) {
						if (connection != null) {
							connection.close();
						}
						replica.failed(ex);
					}
				}
			}
			this.onPrimary.increment();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

	}

}
