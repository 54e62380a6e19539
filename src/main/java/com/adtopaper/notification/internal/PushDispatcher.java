package com.adtopaper.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

import com.adtopaper.member.DevicePlatform;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.PushTarget;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends pushes to many devices with flow control (at most {@code maxInFlight} waiting for
 * their answer), retries those answered 429 or 5xx with backoff and jitter, and switches
 * off the tokens the services report unregistered. Meters: {@code adtopaper.push.sends}
 * by platform and outcome ({@code sent}, {@code unregistered}, {@code failed}: refused,
 * or still failing after the last attempt).
 */
final class PushDispatcher implements AutoCloseable {

	/**
	 * @param delivered pushes accepted
	 * @param unregistered tokens switched off
	 * @param failed pushes that kept failing or were refused
	 */
	record Outcome(int delivered, int unregistered, int failed) {
	}

	private final Map<DevicePlatform, PushGateway> gateways;

	private final PushDevices devices;

	private final Semaphore inFlight;

	private final int attempts;

	private final MeterRegistry meters;

	PushDispatcher(Map<DevicePlatform, PushGateway> gateways, PushDevices devices, PushSettings settings,
			MeterRegistry meters) {
		this.gateways = gateways;
		this.devices = devices;
		this.inFlight = new Semaphore(settings.maxInFlight());
		this.attempts = settings.attempts();
		this.meters = meters;
		// every series from the start, so that a dashboard shows a zero rather than no
		// data
		for (DevicePlatform platform : DevicePlatform.values()) {
			for (String outcome : List.of("sent", "unregistered", "failed")) {
				counter(platform, outcome);
			}
		}
	}

	Outcome send(List<PushTarget> targets, PushMessage message) throws InterruptedException {
		int delivered = 0;
		int failed = 0;
		List<String> unregistered = new ArrayList<>();
		List<PushTarget> pending = targets;
		for (int attempt = 1; attempt <= this.attempts && !pending.isEmpty(); attempt++) {
			if (attempt > 1) {
				Thread.sleep(ThreadLocalRandom.current().nextLong(100L << attempt, 200L << attempt));
			}
			var retry = new ConcurrentLinkedQueue<PushTarget>();
			List<CompletableFuture<PushResult>> answers = new ArrayList<>(pending.size());
			for (PushTarget target : pending) {
				this.inFlight.acquire();
				CompletableFuture<PushResult> answer = this.gateways.get(target.platform()).send(target, message);
				answer.whenComplete((result, error) -> this.inFlight.release());
				answers.add(answer.thenApply((result) -> {
					if (result == PushResult.RETRY) {
						retry.add(target);
					}
					return result;
				}));
			}
			for (int i = 0; i < answers.size(); i++) {
				switch (answers.get(i).join()) {
					case DELIVERED -> {
						delivered++;
						count(pending.get(i), "sent");
					}
					case UNREGISTERED -> {
						unregistered.add(pending.get(i).token());
						count(pending.get(i), "unregistered");
					}
					case REJECTED -> {
						failed++;
						count(pending.get(i), "failed");
					}
					case RETRY -> {
					}
				}
			}
			pending = List.copyOf(retry);
		}
		failed += pending.size();
		pending.forEach((target) -> count(target, "failed"));
		if (!unregistered.isEmpty()) {
			this.devices.deactivateDevices(unregistered);
		}
		return new Outcome(delivered, unregistered.size(), failed);
	}

	private void count(PushTarget target, String outcome) {
		counter(target.platform(), outcome).increment();
	}

	private Counter counter(DevicePlatform platform, String outcome) {
		return Counter.builder("adtopaper.push.sends")
			.description("Pushes sent, refused or to tokens no longer registered")
			.tag("platform", platform.name().toLowerCase(Locale.ROOT))
			.tag("outcome", outcome)
			.register(this.meters);
	}

	@Override
	public void close() {
		this.gateways.values().forEach(PushGateway::close);
	}

}
