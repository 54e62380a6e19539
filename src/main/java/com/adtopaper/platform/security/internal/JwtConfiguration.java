package com.adtopaper.platform.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.adtopaper.platform.security.AccessToken;
import com.adtopaper.platform.security.AccessTokens;
import com.adtopaper.platform.security.AccountStates;
import com.adtopaper.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Access tokens: HS256 JWTs signed with the secret every node shares. */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

	static final String ISSUER = "adtopaper";

	static final String ROLES_CLAIM = "roles";

	private static final Logger log = LoggerFactory.getLogger(JwtConfiguration.class);

	@Bean
	SecretKey accessTokenKey(SecuritySettings settings) {
		byte[] secret;
		if (settings.tokenSecret() == null || settings.tokenSecret().isBlank()) {
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			log.warn("No adtopaper.security.token-secret set: signing access tokens with a random key that lasts "
					+ "until this process stops (fine for the embedded default, not for several nodes).");
		}
		else {
			secret = Base64.getDecoder().decode(settings.tokenSecret());
			if (secret.length < 32) {
				throw new IllegalStateException("adtopaper.security.token-secret must be base64 of at least 32 bytes");
			}
		}
		return new SecretKeySpec(secret, "HmacSHA256");
	}

	@Bean
	JwtDecoder jwtDecoder(SecretKey accessTokenKey, RevokedAccessTokens revoked,
			ObjectProvider<AccountStates> accountStates) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(accessTokenKey)
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
				new JwtIssuerValidator(ISSUER), stillValid(revoked, accountStates)));
		return decoder;
	}

	/**
	 * A signature and an expiry are not enough: a token logged out, or of an account
	 * blocked since it was issued, is refused from the next request on.
	 */
	static OAuth2TokenValidator<Jwt> stillValid(RevokedAccessTokens revoked,
			ObjectProvider<AccountStates> accountStates) {
		return (jwt) -> {
			if (jwt.getId() != null && revoked.isRevoked(jwt.getId())) {
				return refused("The access token was revoked (logged out).");
			}
			AccountStates states = accountStates.getIfAvailable();
			if (states != null) {
				long accountId;
				try {
					accountId = Long.parseLong(jwt.getSubject());
				}
				catch (NumberFormatException ex) {
					return refused("The access token names no account.");
				}
				if (!states.isActive(accountId)) {
					return refused("The account is blocked.");
				}
			}
			return OAuth2TokenValidatorResult.success();
		};
	}

	private static OAuth2TokenValidatorResult refused(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey accessTokenKey) {
		return NimbusJwtEncoder.withSecretKey(accessTokenKey).build();
	}

	@Bean
	AccessTokens accessTokens(JwtEncoder encoder, SecuritySettings settings, RevokedAccessTokens revoked, Clock clock) {
		return new AccessTokens() {
			@Override
			public AccessToken issue(long accountId, Role role) {
				var now = clock.instant();
				var claims = JwtClaimsSet.builder()
					.issuer(ISSUER)
					.subject(Long.toString(accountId))
					.id(UUID.randomUUID().toString())
					.issuedAt(now)
					.expiresAt(now.plus(settings.accessTokenTtl()))
					.claim(ROLES_CLAIM, List.of(role.name()))
					.build();
				var header = JwsHeader.with(MacAlgorithm.HS256).build();
				String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
				return new AccessToken(token, settings.accessTokenTtl());
			}

			@Override
			public void revokePresented() {
				if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
					Jwt jwt = token.getToken();
					if (jwt.getId() != null && jwt.getExpiresAt() != null) {
						revoked.revoke(jwt.getId(), RevokedAccessTokens.remaining(jwt.getExpiresAt(), clock.instant()));
					}
				}
			}
		};
	}

}
