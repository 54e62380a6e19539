package com.adtopaper.platform.security.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class RevokedAccessTokensConfiguration {

	private static final String PREFIX = "adtopaper:revoked-access-token:";

	@Bean
	@ConditionalOnProperty(name = "adtopaper.security.revocation-store", havingValue = "redis")
	RevokedAccessTokens redisRevokedAccessTokens(RedisConnectionFactory connections) {
		StringRedisTemplate redis = new StringRedisTemplate(connections);
		return new RevokedAccessTokens() {
			@Override
			public void revoke(String tokenId, Duration remaining) {
				if (!remaining.isZero()) {
					redis.opsForValue().set(PREFIX + tokenId, "1", remaining.plusSeconds(1));
				}
			}

			@Override
			public boolean isRevoked(String tokenId) {
				return Boolean.TRUE.equals(redis.hasKey(PREFIX + tokenId));
			}
		};
	}

	@Bean
	@ConditionalOnProperty(name = "adtopaper.security.revocation-store", havingValue = "memory", matchIfMissing = true)
	RevokedAccessTokens localRevokedAccessTokens() {
		Cache<String, Duration> revoked = Caffeine.newBuilder()
			.maximumSize(1_000_000)
			.expireAfter(Expiry.<String, Duration>creating((id, remaining) -> remaining))
			.build();
		return new RevokedAccessTokens() {
			@Override
			public void revoke(String tokenId, Duration remaining) {
				if (!remaining.isZero()) {
					revoked.put(tokenId, remaining.plusSeconds(1));
				}
			}

			@Override
			public boolean isRevoked(String tokenId) {
				return revoked.getIfPresent(tokenId) != null;
			}
		};
	}

}
