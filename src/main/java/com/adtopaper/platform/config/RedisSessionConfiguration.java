package com.adtopaper.platform.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;

/**
 * Web sessions in Redis, so any node serves any request
 * ({@code adtopaper.sessions.store=redis}). Without it, sessions stay in the process (the
 * embedded default).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "adtopaper.sessions.store", havingValue = "redis")
@EnableRedisHttpSession(redisNamespace = "adtopaper:sessions", maxInactiveIntervalInSeconds = 8 * 60 * 60)
class RedisSessionConfiguration {

}
