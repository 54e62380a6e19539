package com.adtopaper.ads.selection;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The embedded default's reservations give back what an ended job did not print. */
class LocalJobEndedReservationsTests extends JobEndedReservationsContract {

	private final LocalReservations reservations = new LocalReservations(Duration.ofMinutes(30));

	private final AtomicLong campaigns = new AtomicLong();

	@Override
	Reservations node() {
		return this.reservations;
	}

	@Override
	Reservations otherNode() {
		return this.reservations;
	}

	@Override
	long newCampaign() {
		return this.campaigns.incrementAndGet();
	}

}
