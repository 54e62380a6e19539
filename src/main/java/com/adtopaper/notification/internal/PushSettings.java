package com.adtopaper.notification.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Push delivery. Without APNs or FCM settings, pushes are only logged (the embedded
 * default).
 *
 * @param maxInFlight pushes waiting for their answer at once, across both services
 * @param attempts tries of a push that gets 429 or 5xx before the job gives up on it
 * @param morningTitle the morning push's title
 * @param morningBody the morning push's text; {@code {points}} is replaced
 * @param apns Apple's push service
 * @param fcm Firebase Cloud Messaging
 */
@Validated
@ConfigurationProperties("adtopaper.push")
record PushSettings(@DefaultValue("2000") @Min(1) int maxInFlight, @DefaultValue("4") @Min(1) int attempts,
		@DefaultValue("오늘의 무료 포인트가 도착했어요") String morningTitle,
		@DefaultValue("{points} 포인트를 받았어요. 지금 무료로 출력해 보세요!") String morningBody, @DefaultValue @Valid Apns apns,
		@DefaultValue @Valid Fcm fcm) {

	/**
	 * @param enabled whether to send to APNs
	 * @param host {@code api.push.apple.com} (or the sandbox, or a mock server in tests)
	 * @param port 443, or a mock server's
	 * @param teamId the Apple developer team
	 * @param keyId the signing key's id
	 * @param signingKey the path of the .p8 signing key
	 * @param topic the app's bundle id
	 * @param connections HTTP/2 connections to APNs
	 * @param trustedCertificate a PEM certificate to trust instead of the system's (a
	 * mock server's)
	 */
	public record Apns(@DefaultValue("false") boolean enabled, @DefaultValue("api.push.apple.com") String host,
			@DefaultValue("443") int port, @Nullable String teamId, @Nullable String keyId, @Nullable String signingKey,
			@DefaultValue("kr.adtopaper.app") String topic, @DefaultValue("4") @Min(1) int connections,
			@Nullable String trustedCertificate) {
	}

	/**
	 * @param enabled whether to send to FCM
	 * @param endpoint {@code https://fcm.googleapis.com}, or a stub in tests
	 * @param projectId the Firebase project
	 * @param credentials the path of the service account's JSON key
	 * @param accessToken a fixed bearer token instead of credentials (a stub in tests)
	 * @param timeout how long one send may take
	 * @param trustedCertificate a PEM certificate to trust instead of the system's (a
	 * stub's)
	 */
	public record Fcm(@DefaultValue("false") boolean enabled,
			@DefaultValue("https://fcm.googleapis.com") String endpoint, @Nullable String projectId,
			@Nullable String credentials, @Nullable String accessToken, @DefaultValue("10s") Duration timeout,
			@Nullable String trustedCertificate) {
	}

}
