package com.adtopaper.querycache;

import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Turns the cache on for the application's DataSource, unless
 * {@code adtopaper.query-cache.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryCacheSettings.class)
@ConditionalOnProperty(name = "adtopaper.query-cache.enabled", havingValue = "true", matchIfMissing = true)
class QueryCacheConfiguration {

	/** The order of the post-processor that wraps the application's DataSource. */
	static final int ORDER = 0;

	@Bean
	QueryCache queryCache(QueryCacheSettings settings, MeterRegistry registry, DataSource dataSource) {
		CacheStore store = switch (settings.store()) {
			case MEMCACHED ->
				new MemcachedCacheStore(settings.servers(), settings.timeout(), settings.connectionsPerServer());
			case LOCAL -> new LocalCacheStore(settings.localSize().toBytes(), settings.ttl());
		};
		DataSource target = unwrap(dataSource).getTargetDataSource();
		return new QueryCache(target, store, settings, new QueryCacheMetrics(registry));
	}

	/**
	 * The cache's DataSource, also when the application's DataSource routes read-only
	 * transactions to replicas through it.
	 */
	private static QueryCachingDataSource unwrap(DataSource dataSource) {
		try {
			return dataSource.unwrap(QueryCachingDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The application's DataSource does not go through the query cache", ex);
		}
	}

	/**
	 * Starts reading the invalidations other nodes recorded in the database once every
	 * bean is there: the migrations have run by then.
	 */
	@Bean
	SmartLifecycle queryCacheStart(QueryCache cache) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				try {
					cache.start();
				}
				catch (SQLException ex) {
					throw new IllegalStateException("The query cache cannot create its tables", ex);
				}
				this.running = true;
			}

			@Override
			public void stop() {
				this.running = false;
			}

			@Override
			public boolean isRunning() {
				return this.running;
			}
		};
	}

	/**
	 * Wraps the application's DataSource, before anything routes reads to replicas over
	 * it (which runs after this, at a lower precedence). The cache is looked up on the
	 * first connection, not here: the metrics it needs are themselves built from beans
	 * that use the DataSource.
	 */
	@Bean
	// the concrete type: Spring sorts post-processors by what the bean definition says
	// they are, before making them
	static QueryCachingPostProcessor queryCachingDataSource(ObjectProvider<QueryCache> cache) {
		return new QueryCachingPostProcessor(cache);
	}

	record QueryCachingPostProcessor(ObjectProvider<QueryCache> cache) implements BeanPostProcessor, Ordered {

		@Override
		public int getOrder() {
			return ORDER;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			try {
				if (bean instanceof DataSource dataSource && !dataSource.isWrapperFor(QueryCachingDataSource.class)) {
					Supplier<QueryCache> lazy = this.cache::getObject;
					return new QueryCachingDataSource(dataSource, lazy);
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot tell whether " + name + " is cached already", ex);
			}
			return bean;
		}

	}

	@Bean
	QueryCacheEndpoint queryCacheEndpoint(DataSource dataSource) {
		return new QueryCacheEndpoint(unwrap(dataSource));
	}

}
