package com.adtopaper.ads;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.adtopaper.IntegrationTest;
import com.adtopaper.ads.TestCampaigns.Running;
import com.adtopaper.ads.selection.CampaignProgress;
import com.adtopaper.member.Gender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.adtopaper.ads.TestCampaigns.member;
import static com.adtopaper.ads.TestCampaigns.newPrinter;
import static com.adtopaper.ads.TestCampaigns.printer;
import static com.adtopaper.ads.TestCampaigns.remnant;
import static com.adtopaper.ads.TestCampaigns.today;
import static com.adtopaper.ads.TestCampaigns.todayAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ad for each page: who, where and when a campaign targets, its dates, the member's
 * frequency cap and the budget held at decision time (Redis, as in production), contract
 * pacing before remnant weights.
 */
@IntegrationTest
class AdSelectionIntegrationTests {

	@Autowired
	AdSelection selection;

	@Autowired
	Impressions impressions;

	@Autowired
	Advertisers advertisers;

	@Autowired
	Campaigns campaigns;

	@Autowired
	CampaignProgress progress;

	@Autowired
	JdbcTemplate jdbc;

	TestCampaigns testCampaigns;

	@BeforeEach
	void campaigns() {
		this.testCampaigns = new TestCampaigns(this.advertisers, this.campaigns, this.progress, this.jdbc);
	}

	private static AdRequest page(Audience audience, long printerId, String region, ZonedDateTime at) {
		return new AdRequest(UUID.randomUUID().toString(), 1, audience, printerId, region, at.toInstant());
	}

	private Optional<Long> campaignFor(AdRequest request) {
		return this.selection.choose(request).map(AdChoice::campaignId);
	}

	@Test
	void aCampaignReachesOnlyTheAudienceItTargets() {
		long printer = newPrinter();
		long id = this.testCampaigns
			.running(remnant(new Targeting(Set.of(2L), Set.of("Design"), Set.of(2023), Set.of(Gender.MALE),
					Set.of(printer), Set.of(), Set.of(), Set.of())))
			.id();
		ZonedDateTime at = todayAt(12);
		Audience target = new Audience(7001, 2, "Design", 2023, Gender.MALE);
		assertThat(campaignFor(page(target, printer, null, at))).contains(id);
		assertThat(campaignFor(page(new Audience(7001, 3, "Design", 2023, Gender.MALE), printer, null, at))).isEmpty();
		assertThat(campaignFor(page(new Audience(7001, 2, "Physics", 2023, Gender.MALE), printer, null, at))).isEmpty();
		assertThat(campaignFor(page(new Audience(7001, 2, "Design", 2022, Gender.MALE), printer, null, at))).isEmpty();
		assertThat(campaignFor(page(new Audience(7001, 2, "Design", 2023, Gender.FEMALE), printer, null, at)))
			.isEmpty();
		assertThat(campaignFor(page(target, newPrinter(), null, at))).isEmpty();
	}

	@Test
	void aCampaignPrintsOnlyWhereAndWhenItTargets() {
		String region = "Region " + UUID.randomUUID();
		long inRegion = this.testCampaigns
			.running(remnant(new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(region), Set.of(),
					Set.of())))
			.id();
		ZonedDateTime noon = todayAt(12);
		assertThat(campaignFor(page(member(1), newPrinter(), region, noon))).contains(inRegion);
		assertThat(campaignFor(page(member(1), newPrinter(), "Elsewhere", noon))).isEmpty();
		assertThat(campaignFor(page(member(1), newPrinter(), null, noon))).isEmpty();

		long printer = newPrinter();
		DayOfWeek weekday = noon.getDayOfWeek();
		long atTwo = this.testCampaigns
			.running(remnant(new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(printer), Set.of(),
					Set.of(14), Set.of(weekday))))
			.id();
		assertThat(campaignFor(page(member(1), printer, null, todayAt(14).plusMinutes(30)))).contains(atTwo);
		assertThat(campaignFor(page(member(1), printer, null, todayAt(13).plusMinutes(59)))).isEmpty();
		assertThat(campaignFor(page(member(1), printer, null, todayAt(15)))).isEmpty();
		// the same hour on another day of the week (the campaign runs for a month)
		assertThat(campaignFor(page(member(1), printer, null, todayAt(14).plusDays(1)))).isEmpty();
		assertThat(campaignFor(page(member(1), printer, null, todayAt(14).plusDays(7)))).contains(atTwo);
	}

	@Test
	void aCampaignPrintsOnlyBetweenItsFirstAndLastDay() {
		long printer = newPrinter();
		long id = this.testCampaigns
			.running(new CampaignDraft("Three days", today(), today().plusDays(2), 100_000, 10_000, 20,
					Priority.REMNANT, 1, 0, printer(printer)))
			.id();
		assertThat(campaignFor(page(member(1), printer, null, todayAt(0).minusSeconds(1)))).isEmpty();
		assertThat(campaignFor(page(member(1), printer, null, todayAt(0)))).contains(id);
		assertThat(campaignFor(page(member(1), printer, null, todayAt(23).plusDays(2)))).contains(id);
		assertThat(campaignFor(page(member(1), printer, null, todayAt(0).plusDays(3)))).isEmpty();
	}

	@Test
	void aCampaignStartingTomorrowDoesNotRunToday() {
		long printer = newPrinter();
		Running tomorrow = this.testCampaigns.running(new CampaignDraft("Tomorrow", today().plusDays(1),
				today().plusDays(5), 100_000, 10_000, 20, Priority.REMNANT, 1, 0, printer(printer)));
		assertThat(this.campaigns.get(tomorrow.accountId(), tomorrow.id()).status()).isEqualTo(CampaignStatus.APPROVED);
		assertThat(campaignFor(page(member(1), printer, null, todayAt(0).plusDays(1)))).isEmpty();
	}

	@Test
	void theFrequencyCapHoldsAtDecisionTime() {
		long printer = newPrinter();
		CampaignDraft capped = new CampaignDraft("Capped", today().minusDays(1), today().plusDays(30), 1_000_000,
				100_000, 20, Priority.REMNANT, 1, 3, printer(printer));
		long id = this.testCampaigns.running(capped).id();
		String job = UUID.randomUUID().toString();
		Instant at = todayAt(12).toInstant();
		List<Optional<Long>> pages = new ArrayList<>();
		for (int page = 1; page <= 4; page++) {
			pages.add(campaignFor(new AdRequest(job, page, member(8001), printer, null, at)));
		}
		assertThat(pages).containsExactly(Optional.of(id), Optional.of(id), Optional.of(id), Optional.empty());
		// nor in another job the same day; another member still sees it
		assertThat(campaignFor(page(member(8001), printer, null, todayAt(18)))).isEmpty();
		assertThat(campaignFor(page(member(8002), printer, null, todayAt(18)))).contains(id);
	}

	@Test
	void concurrentDecisionsNeverSpendMoreThanTheBudget() throws Exception {
		long printer = newPrinter();
		CampaignDraft fivePages = new CampaignDraft("Five pages", today().minusDays(1), today().plusDays(30), 100, 100,
				20, Priority.REMNANT, 1, 0, printer(printer));
		Running running = this.testCampaigns.running(fivePages);
		Instant at = Instant.now();
		List<AdRequest> requests = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			requests.add(new AdRequest(UUID.randomUUID().toString(), 1, member(9000 + i), printer, null, at));
		}
		List<AdRequest> chosen = new ArrayList<>();
		List<AdChoice> choices = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			List<Future<Optional<AdChoice>>> futures = new ArrayList<>();
			for (AdRequest request : requests) {
				futures.add(threads.submit(() -> this.selection.choose(request)));
			}
			for (int i = 0; i < requests.size(); i++) {
				Optional<AdChoice> choice = futures.get(i).get();
				if (choice.isPresent()) {
					chosen.add(requests.get(i));
					choices.add(choice.get());
				}
			}
		}
		assertThat(choices).hasSize(5).allSatisfy((c) -> assertThat(c.campaignId()).isEqualTo(running.id()));

		List<PrintedPage> printed = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			printed.add(PrintedPage.of(chosen.get(i), choices.get(i), at));
		}
		assertThat(this.impressions.recordPrinted(printed)).isEqualTo(5);
		assertThat(this.impressions.delivery(running.id()).spendTotal()).isEqualTo(100);
		this.progress.advance();
		assertThat(this.campaigns.get(running.accountId(), running.id()).status()).isEqualTo(CampaignStatus.FINISHED);
		assertThat(campaignFor(page(member(9999), printer, null, todayAt(12)))).isEmpty();
	}

	@Test
	void aContractAheadOfItsPaceGivesWayToRemnantUntilTheDayCatchesUp() {
		long printer = newPrinter();
		long contract = this.testCampaigns
			.running(new CampaignDraft("Contract", today().minusDays(1), today().plusDays(30), 1_000_000, 10_000, 100,
					Priority.CONTRACT, 1, 0, printer(printer)))
			.id();
		long remnant = this.testCampaigns.running(remnant(printer(printer))).id();
		// before anything printed today the contract comes first
		assertThat(campaignFor(page(member(1), printer, null, todayAt(10)))).contains(contract);
		// half its daily budget printed by 09:00
		List<PrintedPage> morning = new ArrayList<>();
		for (int i = 0; i < 49; i++) {
			morning.add(new PrintedPage(UUID.randomUUID().toString(), 1, contract, 1, 100, member(2), printer,
					todayAt(9).toInstant()));
		}
		this.impressions.recordPrinted(morning);
		// 10:00 is 10/24 of the day: 4,166 won allowed, 5,000 spent
		assertThat(campaignFor(page(member(1), printer, null, todayAt(10)))).contains(remnant);
		assertThat(campaignFor(page(member(1), printer, null, todayAt(11)))).contains(remnant);
		// 13:00 is 13/24: 5,416 allowed
		assertThat(campaignFor(page(member(1), printer, null, todayAt(13)))).contains(contract);
	}

	@Test
	void remnantCampaignsShareThePagesByWeight() {
		long printer = newPrinter();
		Map<Long, Integer> weights = new HashMap<>();
		for (int weight : new int[] { 1, 2, 5 }) {
			CampaignDraft draft = remnant(printer(printer));
			draft = new CampaignDraft(draft.name(), draft.startsOn(), draft.endsOn(), draft.totalBudget(),
					draft.dailyBudget(), draft.pricePerPage(), Priority.REMNANT, weight, 0, draft.targeting());
			weights.put(this.testCampaigns.running(draft).id(), weight);
		}
		Map<Long, Integer> counts = new HashMap<>();
		int decisions = 4_000;
		for (int i = 0; i < decisions; i++) {
			campaignFor(page(member(i), printer, null, todayAt(12)))
				.ifPresent((id) -> counts.merge(id, 1, Integer::sum));
		}
		// expected 500, 1,000 and 2,500; one standard deviation is 21 to 31 pages
		weights.forEach((id, weight) -> assertThat(counts.getOrDefault(id, 0)).isBetween(weight * 500 - 200,
				weight * 500 + 200));
	}

	@Test
	void aRetriedPageGetsTheSameAdAndPagesOfAJobMayDiffer() {
		long printer = newPrinter();
		for (int i = 0; i < 3; i++) {
			this.testCampaigns.running(remnant(printer(printer)));
		}
		String job = UUID.randomUUID().toString();
		Instant at = todayAt(12).toInstant();
		List<AdChoice> first = new ArrayList<>();
		for (int page = 1; page <= 20; page++) {
			first.add(this.selection.choose(new AdRequest(job, page, member(1), printer, null, at)).orElseThrow());
		}
		for (int page = 1; page <= 20; page++) {
			assertThat(this.selection.choose(new AdRequest(job, page, member(1), printer, null, at)))
				.contains(first.get(page - 1));
		}
		Set<Long> campaigns = new HashSet<>();
		first.forEach((choice) -> campaigns.add(choice.campaignId()));
		assertThat(campaigns).hasSizeGreaterThan(1);
	}

	@Test
	void aPausedCampaignIsNoLongerChosen() {
		long printer = newPrinter();
		Running running = this.testCampaigns.running(remnant(printer(printer)));
		assertThat(campaignFor(page(member(1), printer, null, todayAt(12)))).contains(running.id());
		this.campaigns.pause(running.accountId(), running.id());
		assertThat(campaignFor(page(member(1), printer, null, todayAt(12)))).isEmpty();
		this.campaigns.resume(running.accountId(), running.id());
		this.progress.advance();
		assertThat(campaignFor(page(member(1), printer, null, todayAt(12)))).contains(running.id());
	}

	@Test
	void aCampaignWithoutAReadyCreativeIsNotChosen() {
		long printer = newPrinter();
		Running running = this.testCampaigns.running(remnant(printer(printer)));
		this.jdbc.update("update creatives set status = 'FAILED' where campaign_id = ?", running.id());
		this.selection.refresh();
		assertThat(campaignFor(page(member(1), printer, null, todayAt(12)))).isEmpty();
	}

}
