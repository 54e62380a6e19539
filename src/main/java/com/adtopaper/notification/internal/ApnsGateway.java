package com.adtopaper.notification.internal;

import java.io.File;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.adtopaper.member.PushTarget;
import com.eatthepath.pushy.apns.ApnsClient;
import com.eatthepath.pushy.apns.ApnsClientBuilder;
import com.eatthepath.pushy.apns.auth.ApnsSigningKey;
import com.eatthepath.pushy.apns.util.SimpleApnsPayloadBuilder;
import com.eatthepath.pushy.apns.util.SimpleApnsPushNotification;
import com.eatthepath.pushy.apns.util.TokenUtil;

/** APNs over HTTP/2 with token (JWT) authentication, through Pushy. */
final class ApnsGateway implements PushGateway {

	/** Reasons that mean the token will never work again. */
	private static final Set<String> DEAD_TOKEN = Set.of("Unregistered", "BadDeviceToken", "DeviceTokenNotForTopic",
			"ExpiredToken");

	private final ApnsClient client;

	private final String topic;

	ApnsGateway(PushSettings.Apns settings) {
		try {
			var builder = new ApnsClientBuilder().setApnsServer(settings.host(), settings.port())
				.setSigningKey(
						ApnsSigningKey.loadFromPkcs8File(new File(required(settings.signingKey(), "signing-key")),
								required(settings.teamId(), "team-id"), required(settings.keyId(), "key-id")))
				.setConcurrentConnections(settings.connections());
			if (settings.trustedCertificate() != null) {
				builder.setTrustedServerCertificateChain(new File(settings.trustedCertificate()));
			}
			this.client = builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot set up the APNs client: " + ex.getMessage(), ex);
		}
		this.topic = settings.topic();
	}

	private static String required(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("adtopaper.push.apns." + name + " is required when APNs is enabled");
		}
		return value;
	}

	@Override
	public CompletableFuture<PushResult> send(PushTarget target, PushMessage message) {
		String payload = new SimpleApnsPayloadBuilder().setAlertTitle(message.title())
			.setAlertBody(message.body())
			.setSound("default")
			.addCustomProperty("kind", message.kind())
			.build();
		var notification = new SimpleApnsPushNotification(TokenUtil.sanitizeTokenString(target.token()), this.topic,
				payload);
		return this.client.sendNotification(notification).handle((response, error) -> {
			if (error != null) {
				return PushResult.RETRY;
			}
			if (response.isAccepted()) {
				return PushResult.DELIVERED;
			}
			if (response.getTokenInvalidationTimestamp().isPresent()
					|| DEAD_TOKEN.contains(response.getRejectionReason().orElse(""))) {
				return PushResult.UNREGISTERED;
			}
			int status = response.getStatusCode();
			return (status == 429 || status >= 500) ? PushResult.RETRY : PushResult.REJECTED;
		});
	}

	@Override
	public void close() {
		this.client.close().join();
	}

}
