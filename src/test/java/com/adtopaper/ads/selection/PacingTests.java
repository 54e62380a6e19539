package com.adtopaper.ads.selection;

import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PacingTests {

	@Test
	void aCampaignRunningAllDayMaySpendItsShareOfTheDayElapsed() {
		assertThat(Pacing.allowedBy(24_000, Set.of(), LocalTime.MIDNIGHT)).isZero();
		assertThat(Pacing.allowedBy(24_000, Set.of(), LocalTime.of(10, 0))).isEqualTo(10_000);
		assertThat(Pacing.allowedBy(24_000, Set.of(), LocalTime.of(12, 30))).isEqualTo(12_500);
		assertThat(Pacing.allowedBy(24_000, Set.of(), LocalTime.of(23, 59, 59))).isEqualTo(23_999);
	}

	@Test
	void aCampaignTargetingHoursPacesOverThoseHoursOnly() {
		Set<Integer> hours = Set.of(9, 10, 14, 15);
		assertThat(Pacing.allowedBy(8_000, hours, LocalTime.of(8, 59))).isZero();
		assertThat(Pacing.allowedBy(8_000, hours, LocalTime.of(9, 30))).isEqualTo(1_000);
		// nothing targeted between 11:00 and 14:00: the allowance waits
		assertThat(Pacing.allowedBy(8_000, hours, LocalTime.of(11, 0))).isEqualTo(4_000);
		assertThat(Pacing.allowedBy(8_000, hours, LocalTime.of(13, 59))).isEqualTo(4_000);
		assertThat(Pacing.allowedBy(8_000, hours, LocalTime.of(16, 0))).isEqualTo(8_000);
	}

	@Test
	void largeBudgetsDoNotOverflow() {
		assertThat(Pacing.allowedBy(Long.MAX_VALUE / 2, Set.of(), LocalTime.of(12, 0)))
			.isBetween(Long.MAX_VALUE / 4 - 1_000_000_000L, Long.MAX_VALUE / 4 + 1_000_000_000L);
	}

}
