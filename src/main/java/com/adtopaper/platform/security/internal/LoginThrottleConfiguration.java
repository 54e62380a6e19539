package com.adtopaper.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.adtopaper.platform.config.RedisClients;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

	private static final ExpirationAfterWriteStrategy FORGET_FULL_BUCKETS = ExpirationAfterWriteStrategy
		.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));

	// the sign-up buckets live here too, under "sign-up:" keys

	@Bean
	LoginThrottle loginThrottle(ProxyManager<String> loginBuckets, SecuritySettings settings) {
		return new LoginThrottle(loginBuckets, settings.loginThrottle());
	}

	@Bean
	SignUpBuckets signUpThrottle(ProxyManager<String> loginBuckets, SecuritySettings settings) {
		return new SignUpBuckets(loginBuckets, settings.signUpThrottle());
	}

	@Bean(destroyMethod = "shutdown")
	@ConditionalOnProperty(name = "adtopaper.security.login-throttle.store", havingValue = "redis")
	RedisClient loginThrottleRedisClient(LettuceConnectionFactory connections) {
		return RedisClients.create(connections);
	}

	@Bean
	@ConditionalOnProperty(name = "adtopaper.security.login-throttle.store", havingValue = "redis")
	ProxyManager<String> redisLoginBuckets(RedisClient loginThrottleRedisClient) {
		return Bucket4jLettuce.casBasedBuilder(loginThrottleRedisClient)
			.expirationAfterWrite(FORGET_FULL_BUCKETS)
			.build()
			.withMapper((String key) -> ("adtopaper:login-throttle:" + key).getBytes(StandardCharsets.UTF_8));
	}

	@Bean
	@ConditionalOnProperty(name = "adtopaper.security.login-throttle.store", havingValue = "memory",
			matchIfMissing = true)
	ProxyManager<String> localLoginBuckets() {
		return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(100_000))
			.expirationAfterWrite(FORGET_FULL_BUCKETS)
			.build();
	}

}
