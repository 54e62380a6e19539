package com.adtopaper.printerapi;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.adtopaper.platform.config.RedisClients;
import com.adtopaper.platform.web.ApiChannel;
import com.adtopaper.platform.web.ProblemResponses;
import com.adtopaper.printing.Printers;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

@Configuration(proxyBeanMethods = false)
class PrinterApiConfiguration {

	/**
	 * The printers' agents sign every request with their key (docs/printer-api.md,
	 * "Signing"); the description names the key's header and tells the rest.
	 */
	@Bean
	ApiChannel printerApi() {
		return new ApiChannel("printer", "Printer API",
				"The agent on a printer's PC: heartbeats, the next job (long poll), its document and its progress.",
				List.of("/printer/"), "printerSignature",
				new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER)
					.name(SignedRequestFilter.KEY)
					.description("The printer's key id in " + SignedRequestFilter.KEY + ", and with it "
							+ SignedRequestFilter.TIMESTAMP + " (Unix seconds), " + SignedRequestFilter.NONCE
							+ " (16 to 64 of A-Z a-z 0-9 _ -, never reused) and " + SignedRequestFilter.SIGNATURE
							+ ": the HMAC-SHA256 of the canonical request with the printer's secret "
							+ "(docs/printer-api.md, \"Signing\")."));
	}

	private static final ExpirationAfterWriteStrategy FORGET_FULL_BUCKETS = ExpirationAfterWriteStrategy
		.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));

	@Bean
	Nonces printerNonces(PrinterApiSettings settings, ObjectProvider<StringRedisTemplate> redis) {
		return switch (settings.store()) {
			case REDIS -> Nonces.redis(redis.getObject(), settings.prefix(), settings.nonceTtl());
			case MEMORY -> Nonces.local(settings.nonceTtl());
		};
	}

	@Bean(destroyMethod = "close")
	ReleaseThrottle releaseThrottle(PrinterApiSettings settings, ObjectProvider<LettuceConnectionFactory> redis) {
		return switch (settings.store()) {
			case REDIS -> {
				RedisClient client = RedisClients.create(redis.getObject());
				var buckets = Bucket4jLettuce.casBasedBuilder(client)
					.expirationAfterWrite(FORGET_FULL_BUCKETS)
					.build()
					.withMapper((String key) -> (settings.prefix() + ":release-throttle:" + key)
						.getBytes(StandardCharsets.UTF_8));
				yield new ReleaseThrottle(buckets, client::shutdown, settings.releaseThrottle());
			}
			case MEMORY ->
				new ReleaseThrottle(Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(100_000))
					.expirationAfterWrite(FORGET_FULL_BUCKETS)
					.build(), () -> {
					}, settings.releaseThrottle());
		};
	}

	@Bean
	WakeUps printerWakeUps(JobWaiters waiters, PrinterApiSettings settings, ObjectProvider<StringRedisTemplate> redis) {
		return new WakeUps(waiters, (settings.store() == PrinterApiSettings.Store.REDIS) ? redis.getObject() : null);
	}

	/** Wake-ups from the other nodes. */
	@Bean
	@ConditionalOnProperty(name = "adtopaper.printer-api.store", havingValue = "redis")
	RedisMessageListenerContainer printerWakeUpListener(RedisConnectionFactory connections, WakeUps wakeUps) {
		var container = new RedisMessageListenerContainer();
		container.setConnectionFactory(connections);
		container.addMessageListener(wakeUps, new ChannelTopic(WakeUps.CHANNEL));
		return container;
	}

	/**
	 * Before the API's and the pages' chains: {@code /printer/**} knows no bearer token,
	 * session or CSRF token, only a request signed with the printer's key.
	 */
	@Bean
	@Order(0)
	@ConditionalOnWebApplication
	SecurityFilterChain printerChain(HttpSecurity http, Printers printers, Nonces nonces, ProblemResponses problems,
			Clock clock, PrinterApiSettings settings) throws Exception {
		var contexts = new RequestAttributeSecurityContextRepository();
		http.securityMatcher("/printer/**")
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.anyRequest()
				.hasRole(PrinterAuthentication.ROLE))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.addFilterBefore(new SignedRequestFilter(printers, nonces, problems, contexts, clock, settings),
					AuthorizationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "The request is not signed by a printer."))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"Only printers use this route.")));
		return http.build();
	}

}
