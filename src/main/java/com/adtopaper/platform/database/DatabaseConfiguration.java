package com.adtopaper.platform.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.adtopaper.platform.config.RedisClients;
import com.adtopaper.querycache.QueryCachingDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Read-only transactions of web requests on the replicas, when
 * {@code adtopaper.database.replicas} names some: the application's DataSource becomes a
 * {@link org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy} over the
 * primary (as {@code spring.datasource} configures it, and through the query cache when
 * it is on) with a read-only DataSource over the replicas (through the same cache, which
 * knows their results come from a replica).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "adtopaper.database.replicas[0].url")
class DatabaseConfiguration {

	@Bean
	static ReplicasHolder replicas() {
		return new ReplicasHolder();
	}

	/**
	 * Runs after the query cache's post-processor (order 0), so the primary it routes to
	 * is the cached one.
	 */
	@Bean
	// the concrete type: Spring sorts post-processors by what the bean definition says
	// they are, before making them
	static Routing replicaRouting(Environment environment, ReplicasHolder holder,
			ObjectProvider<MeterRegistry> registry, ObjectProvider<LettuceConnectionFactory> redis) {
		return new Routing(environment, holder, registry, redis);
	}

	@Bean
	HealthIndicator replicasHealthIndicator(ReplicasHolder holder) {
		return () -> {
			List<Map<String, Object>> replicas = holder.replicas.stream().map(ReplicaNode::report).toList();
			boolean someTakeReads = holder.replicas.stream().anyMatch(ReplicaNode::takesReads);
			// the node serves every request without its replicas: it stays up, and says
			// where
			// its reads go
			return Health.up()
				.withDetail("reads", someTakeReads ? "replicas" : "primary")
				.withDetail("replicas", replicas)
				.build();
		};
	}

	/**
	 * The replicas the post-processor made, for the health endpoint and to close them.
	 */
	static final class ReplicasHolder implements DisposableBean {

		final List<ReplicaNode> replicas = new ArrayList<>();

		ReadYourWrites.Pins pins = new ReadYourWrites.MemoryPins();

		@Override
		public void destroy() {
			this.replicas.forEach(ReplicaNode::close);
			this.pins.close();
		}

	}

	record Routing(Environment environment, ReplicasHolder holder, ObjectProvider<MeterRegistry> registry,
			ObjectProvider<LettuceConnectionFactory> redis) implements BeanPostProcessor, Ordered {

		@Override
		public int getOrder() {
			return 10;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)) {
				return bean;
			}
			try {
				return route(primary);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot route reads to the replicas", ex);
			}
		}

		private DataSource route(DataSource primary) throws SQLException {
			DatabaseSettings settings = Binder.get(this.environment)
				.bindOrCreate("adtopaper.database", Bindable.of(DatabaseSettings.class));
			HikariDataSource primaryPool = primary.unwrap(HikariDataSource.class);
			QueryCachingDataSource cached = primary.isWrapperFor(QueryCachingDataSource.class)
					? primary.unwrap(QueryCachingDataSource.class) : null;
			MeterRegistry meters = this.registry.getObject();
			for (int i = 0; i < settings.replicas().size(); i++) {
				DatabaseSettings.Replica replica = settings.replicas().get(i);
				String username = (replica.username() != null) ? replica.username() : primaryPool.getUsername();
				String password = (replica.password() != null) ? replica.password() : primaryPool.getPassword();
				HikariDataSource pool = pool(primaryPool, replica.url(), username, password, "replica-" + i,
						settings.poolSize());
				var node = new ReplicaNode("replica-" + i, replica.url(), username, password, pool, settings.maxLag(),
						settings.monitorInterval());
				if (cached != null) {
					node.readThrough(cached.replica(pool, node));
				}
				Gauge.builder("adtopaper.database.replica.lag", node, ReplicaRouting::lagOf)
					.tag("replica", "replica-" + i)
					.baseUnit("seconds")
					.register(meters);
				this.holder.replicas.add(node);
			}
			if (settings.pins() == DatabaseSettings.PinStore.REDIS) {
				this.holder.pins = new ReadYourWrites.RedisPins(
						RedisClients.create(this.redis.getObject(), Duration.ofMillis(500)));
			}
			var policy = new ReadYourWrites(settings.readYourWrites(), settings.primaryOnlyPaths(), this.holder.pins);
			return ReplicaRouting.over(primary, this.holder.replicas, policy, meters);
		}

		/** A replica's pool, set like the primary's, in read-only transactions. */
		private static HikariDataSource pool(HikariDataSource primary, String url, String username, String password,
				String name, int size) {
			var config = new HikariConfig();
			config.setPoolName(name);
			config.setJdbcUrl(url);
			config.setUsername(username);
			config.setPassword(password);
			if (primary.getDriverClassName() != null) {
				config.setDriverClassName(primary.getDriverClassName());
			}
			config.setDataSourceProperties(primary.getDataSourceProperties());
			config.setTransactionIsolation(primary.getTransactionIsolation());
			config.setMaximumPoolSize(size);
			config.setMinimumIdle(Math.min(2, size));
			config.setReadOnly(true);
			// MariaDB lets a user with SUPER write on a read_only server: the session
			// refuses
			config.setConnectionInitSql("SET SESSION TRANSACTION READ ONLY");
			// a replica that does not answer is skipped, not waited for
			config.setConnectionTimeout(250);
			config.setValidationTimeout(250);
			config.setInitializationFailTimeout(-1);
			return new HikariDataSource(config);
		}

	}

}
