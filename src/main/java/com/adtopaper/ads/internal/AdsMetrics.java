package com.adtopaper.ads.internal;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * What advertising does, in Micrometer: {@code adtopaper.ads.decisions} (a timer, by
 * result: {@code paid} when a campaign's ad was chosen, {@code house} when none could
 * be), {@code adtopaper.ads.impressions} (printed pages recorded, once each) and
 * {@code adtopaper.ads.spend} (what they charged, KRW), both counted once committed.
 */
@Component
public class AdsMetrics {

	private final Timer paid;

	private final Timer house;

	private final Counter impressions;

	private final Counter spend;

	AdsMetrics(MeterRegistry registry) {
		this.paid = decisions(registry, "paid");
		this.house = decisions(registry, "house");
		this.impressions = Counter.builder("adtopaper.ads.impressions")
			.description("Printed pages with an ad, recorded")
			.register(registry);
		this.spend = Counter.builder("adtopaper.ads.spend")
			.description("What recorded impressions charged their campaigns")
			.baseUnit("krw")
			.register(registry);
	}

	private static Timer decisions(MeterRegistry registry, String result) {
		return Timer.builder("adtopaper.ads.decisions")
			.description("Ad decisions for a page, and how long they took")
			.tag("result", result)
			.register(registry);
	}

	/** An ad was decided for a page: a campaign's ({@code paid}) or none. */
	public void decided(boolean paid, Duration took) {
		(paid ? this.paid : this.house).record(took);
	}

	/** Impressions were committed. */
	public void recorded(int impressions, long spend) {
		this.impressions.increment(impressions);
		this.spend.increment(spend);
	}

}
