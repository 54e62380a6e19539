package com.adtopaper.ads.selection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.adtopaper.ads.selection.Reservations.Outcome;
import com.adtopaper.ads.selection.Reservations.Printed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a decision applies to its candidates, in the embedded default's reservations
 * (the same as Redis'): pacing, budgets, the member's cap, one ad per page.
 */
class LocalReservationsTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	final LocalReservations reservations = new LocalReservations(Duration.ofMinutes(30));

	static Candidate remnant(long id, long price, long daily, long total, int cap) {
		return new Candidate(id, new Creative(id * 10, id, "band" + id), price, -1, daily, total, cap, 0, 0);
	}

	static Candidate contract(long id, long price, long pacedSpend, long spentToday) {
		return new Candidate(id, new Creative(id * 10, id, "band" + id), price, pacedSpend, 100_000, 1_000_000, 0,
				spentToday, spentToday);
	}

	Outcome reserve(String job, int page, long member, Candidate... candidates) {
		return this.reservations.reserve(job, page, member, DAY, List.of(candidates), NOW);
	}

	@Test
	void aContractCampaignAtOrAheadOfItsPaceIsRefusedAndTheNextCandidateCarriesThePage() {
		Outcome ahead = reserve("job", 1, 1, contract(1, 10, 5_000, 5_000), remnant(2, 10, 100, 1_000, 0));
		assertThat(ahead.choice().campaignId()).isEqualTo(2);
		assertThat(ahead.refused()).containsExactly(1L);

		Outcome behind = reserve("job", 2, 1, contract(3, 10, 5_000, 4_990), remnant(2, 10, 100, 1_000, 0));
		assertThat(behind.choice().campaignId()).isEqualTo(3);
		assertThat(behind.refused()).isEmpty();
	}

	@Test
	void reservedPagesCountAgainstTheDailyAndTotalBudgets() {
		Candidate daily = remnant(1, 10, 25, 1_000, 0);
		assertThat(reserve("job", 1, 1, daily).choice()).isNotNull();
		assertThat(reserve("job", 2, 2, daily).choice()).isNotNull();
		Outcome third = reserve("job", 3, 3, daily);
		assertThat(third.choice()).as("a third page of 10 would pass the daily 25").isNull();
		assertThat(third.refused()).containsExactly(1L);

		Candidate total = remnant(2, 10, 1_000, 10, 0);
		assertThat(reserve("other", 1, 1, total).choice()).isNotNull();
		assertThat(reserve("other", 2, 1, total).choice()).isNull();
	}

	@Test
	void aMemberAtTheCapGetsTheNextCampaignWithoutRefusingTheCappedOne() {
		Candidate capped = remnant(1, 10, 1_000, 1_000, 1);
		Candidate other = remnant(2, 10, 1_000, 1_000, 0);
		assertThat(reserve("job", 1, 7, capped, other).choice().campaignId()).isEqualTo(1);

		Outcome second = reserve("job", 2, 7, capped, other);
		assertThat(second.choice().campaignId()).isEqualTo(2);
		assertThat(second.refused()).as("the cap is the member's, not the campaign's budget").isEmpty();
		assertThat(reserve("job", 3, 8, capped, other).choice().campaignId()).as("another member").isEqualTo(1);
	}

	@Test
	void aPageAskedAgainGetsTheAdItWasGivenAndCountsOnce() {
		Candidate campaign = remnant(1, 10, 10, 1_000, 0);
		Outcome first = reserve("job", 1, 1, campaign);
		assertThat(reserve("job", 1, 1, campaign, remnant(2, 10, 1_000, 1_000, 0))).isEqualTo(first);

		this.reservations.printed(List.of(new Printed("job", 1, 1, 1, DAY, 10)));
		assertThat(reserve("job", 2, 1, campaign).choice()).as("the one page printed spent the daily 10").isNull();
	}

	@Test
	void aReservationThatDoesNotPrintLapsesAndGivesItsBudgetBack() {
		Candidate campaign = remnant(1, 10, 10, 1_000, 0);
		assertThat(reserve("job", 1, 1, campaign).choice()).isNotNull();
		assertThat(reserve("job", 2, 1, campaign).choice()).isNull();

		Instant later = NOW.plus(Duration.ofMinutes(31));
		assertThat(this.reservations.reserve("job", 2, 1, DAY, List.of(campaign), later).choice()).isNotNull();
	}

}
