package com.adtopaper.platform.cache;

import java.util.function.Supplier;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "adtopaper.query-cache.enabled", havingValue = "true", matchIfMissing = true)
class QueryCacheConfiguration {

	@Bean
	QueryCache queryCache(QueryCacheSettings settings, MeterRegistry registry) {
		CacheStore store = switch (settings.store()) {
			case MEMCACHED ->
				new MemcachedCacheStore(settings.servers(), settings.timeout(), settings.connectionsPerServer());
			case LOCAL -> new LocalCacheStore(settings.localSize().toBytes(), settings.ttl());
		};
		return new QueryCache(store, settings, new QueryCacheMetrics(registry));
	}

	/**
	 * Wraps the application's DataSource. The cache is looked up on the first connection,
	 * not here: the metrics it needs are themselves built from beans that use the
	 * DataSource.
	 */
	@Bean
	static BeanPostProcessor queryCachingDataSource(ObjectProvider<QueryCache> cache) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof CachingDataSource)) {
					Supplier<QueryCache> lazy = cache::getObject;
					return new CachingDataSource(dataSource, lazy);
				}
				return bean;
			}
		};
	}

	@Bean
	QueryCacheEndpoint queryCacheEndpoint(QueryCache cache, DataSource dataSource) {
		return new QueryCacheEndpoint(cache, dataSource);
	}

}
