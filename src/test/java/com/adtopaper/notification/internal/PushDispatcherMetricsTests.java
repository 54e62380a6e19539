package com.adtopaper.notification.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.adtopaper.member.DevicePlatform;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.PushTarget;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * What a fan-out did, as the dashboard counts it: pushes sent, tokens found unregistered,
 * and failures (refused, or still failing after the last attempt), by platform.
 */
class PushDispatcherMetricsTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void eachPushIsCountedOnceByItsPlatformAndOutcome() throws Exception {
		Map<String, PushResult> answers = Map.of("ok-1", PushResult.DELIVERED, "ok-2", PushResult.DELIVERED, "gone",
				PushResult.UNREGISTERED, "bad", PushResult.REJECTED, "busy", PushResult.RETRY);
		Map<DevicePlatform, PushGateway> gateways = new EnumMap<>(DevicePlatform.class);
		for (DevicePlatform platform : DevicePlatform.values()) {
			gateways.put(platform, (target, message) -> CompletableFuture.completedFuture(answers.get(target.token())));
		}
		var settings = new Binder(
				new MapConfigurationPropertySource(Map.of("push.attempts", "2", "push.max-in-flight", "10")))
			.bindOrCreate("push", PushSettings.class);
		try (var dispatcher = new PushDispatcher(gateways, mock(PushDevices.class), settings, this.meters)) {
			var outcome = dispatcher.send(List.of(target(DevicePlatform.FCM, "ok-1"),
					target(DevicePlatform.FCM, "ok-2"), target(DevicePlatform.APNS, "gone"),
					target(DevicePlatform.FCM, "bad"), target(DevicePlatform.APNS, "busy")),
					new PushMessage("t", "b", "test"));
			assertThat(outcome).isEqualTo(new PushDispatcher.Outcome(2, 1, 2));
		}
		assertThat(count("fcm", "sent")).isEqualTo(2);
		assertThat(count("apns", "unregistered")).isEqualTo(1);
		assertThat(count("fcm", "failed")).isEqualTo(1);
		// retried once, then given up: one failure, not one per attempt
		assertThat(count("apns", "failed")).isEqualTo(1);
		assertThat(count("apns", "sent")).isZero();
	}

	private double count(String platform, String outcome) {
		return this.meters.get("adtopaper.push.sends")
			.tag("platform", platform)
			.tag("outcome", outcome)
			.counter()
			.count();
	}

	private static PushTarget target(DevicePlatform platform, String token) {
		return new PushTarget(1, token.hashCode(), platform, token);
	}

}
