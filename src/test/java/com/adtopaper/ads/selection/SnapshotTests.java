package com.adtopaper.ads.selection;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.adtopaper.ads.AdRequest;
import com.adtopaper.ads.Audience;
import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignStatus;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import com.adtopaper.member.Gender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	static final ZonedDateTime MONDAY_NOON = LocalDateTime.of(DAY, java.time.LocalTime.NOON)
		.atZone(ZoneId.of("Asia/Seoul"));

	static final Audience AUDIENCE = new Audience(1, 3, "Design", 2024, Gender.FEMALE);

	static LiveCampaign campaign(long id, Priority priority, int weight, Targeting targeting) {
		Campaign campaign = new Campaign(id, 1, "c" + id, CampaignStatus.RUNNING, DAY, DAY.plusDays(3), 100_000, 10_000,
				10, priority, weight, 0, targeting, null, Instant.EPOCH);
		return new LiveCampaign(campaign, List.of(new Creative(id * 10, id, "band" + id)), 0, 0);
	}

	static Targeting targeting(Set<Long> schools, Set<Long> printers, Set<String> regions, Set<Integer> hours) {
		return new Targeting(schools, Set.of(), Set.of(), Set.of(), printers, regions, hours, Set.of());
	}

	static List<Long> ids(Snapshot snapshot, long printer, String region, ZonedDateTime at) {
		return snapshot
			.candidates(new AdRequest("job", 1, AUDIENCE, printer, region, at.toInstant()), at, new Random(1))
			.stream()
			.map(Candidate::campaignId)
			.sorted()
			.toList();
	}

	@Test
	void campaignsMatchEveryDimensionTheyTarget() {
		Snapshot snapshot = new Snapshot(DAY,
				List.of(campaign(1, Priority.REMNANT, 1, Targeting.ANYONE),
						campaign(2, Priority.REMNANT, 1, targeting(Set.of(3L), Set.of(), Set.of(), Set.of())),
						campaign(3, Priority.REMNANT, 1, targeting(Set.of(4L), Set.of(), Set.of(), Set.of())),
						campaign(4, Priority.REMNANT, 1, targeting(Set.of(), Set.of(77L), Set.of("Busan"), Set.of())),
						campaign(5, Priority.REMNANT, 1, targeting(Set.of(3L), Set.of(), Set.of(), Set.of(13)))));
		assertThat(ids(snapshot, 1, null, MONDAY_NOON)).containsExactly(1L, 2L);
		// printers or regions: either one is enough
		assertThat(ids(snapshot, 77, null, MONDAY_NOON)).containsExactly(1L, 2L, 4L);
		assertThat(ids(snapshot, 1, "Busan", MONDAY_NOON)).containsExactly(1L, 2L, 4L);
		assertThat(ids(snapshot, 1, null, MONDAY_NOON.plusHours(1))).containsExactly(1L, 2L, 5L);
		// before the first day and after the last
		assertThat(ids(snapshot, 1, null, MONDAY_NOON.minusDays(1))).isEmpty();
		assertThat(ids(snapshot, 1, null, MONDAY_NOON.plusDays(4))).isEmpty();
	}

	@Test
	void contractsComeFirstThenRemnantsInAnOrderWeightedByWeight() {
		Snapshot snapshot = new Snapshot(DAY,
				List.of(campaign(1, Priority.REMNANT, 1, Targeting.ANYONE),
						campaign(2, Priority.REMNANT, 3, Targeting.ANYONE),
						campaign(3, Priority.CONTRACT, 1, Targeting.ANYONE)));
		Random random = new Random(42);
		Map<Long, Integer> firstRemnant = new HashMap<>();
		for (int i = 0; i < 10_000; i++) {
			List<Candidate> candidates = snapshot
				.candidates(new AdRequest("job", 1, AUDIENCE, 1, null, MONDAY_NOON.toInstant()), MONDAY_NOON, random);
			assertThat(candidates.get(0).campaignId()).isEqualTo(3);
			assertThat(candidates.get(0).pacedSpend()).isEqualTo(5_000);
			assertThat(candidates.get(1).pacedSpend()).isEqualTo(-1);
			firstRemnant.merge(candidates.get(1).campaignId(), 1, Integer::sum);
		}
		// expected 2,500 and 7,500 (seeded: the same every run)
		assertThat(firstRemnant.get(1L)).isBetween(2_300, 2_700);
		assertThat(firstRemnant.get(2L)).isBetween(7_300, 7_700);
	}

	@Test
	void theMembersMajorAdmissionYearAndGenderAndTheWeekdayNarrowTheCampaigns() {
		Snapshot snapshot = new Snapshot(DAY,
				List.of(campaign(1, Priority.REMNANT, 1, audience(Set.of("Design"), Set.of(), Set.of(), Set.of())),
						campaign(2, Priority.REMNANT, 1, audience(Set.of("Law"), Set.of(), Set.of(), Set.of())),
						campaign(3, Priority.REMNANT, 1, audience(Set.of(), Set.of(2024), Set.of(), Set.of())),
						campaign(4, Priority.REMNANT, 1, audience(Set.of(), Set.of(2020), Set.of(), Set.of())),
						campaign(5, Priority.REMNANT, 1, audience(Set.of(), Set.of(), Set.of(Gender.FEMALE), Set.of())),
						campaign(6, Priority.REMNANT, 1, audience(Set.of(), Set.of(), Set.of(Gender.MALE), Set.of())),
						campaign(7, Priority.REMNANT, 1,
								audience(Set.of(), Set.of(), Set.of(), Set.of(DayOfWeek.MONDAY))),
						campaign(8, Priority.REMNANT, 1, audience(Set.of("Design", "Law"), Set.of(2024),
								Set.of(Gender.FEMALE), Set.of(DayOfWeek.TUESDAY)))));
		assertThat(ids(snapshot, 1, null, MONDAY_NOON)).containsExactly(1L, 3L, 5L, 7L);
		assertThat(ids(snapshot, 1, null, MONDAY_NOON.plusDays(1))).containsExactly(1L, 3L, 5L, 8L);
	}

	@Test
	void aContractCampaignTargetingHoursIsPacedOverThoseHours() {
		Snapshot snapshot = new Snapshot(DAY,
				List.of(campaign(1, Priority.CONTRACT, 1, targeting(Set.of(), Set.of(), Set.of(), Set.of(12, 13)))));
		List<Candidate> candidates = snapshot.candidates(
				new AdRequest("job", 1, AUDIENCE, 1, null, MONDAY_NOON.toInstant()), MONDAY_NOON.plusMinutes(30),
				new Random(1));
		// half an hour of its two hours: a quarter of the daily 10,000
		assertThat(candidates).singleElement().extracting(Candidate::pacedSpend).isEqualTo(2_500L);
	}

	@Test
	void aCampaignJustRefusedIsLeftOutUntilTheTimeItWasSkippedFor() {
		Snapshot snapshot = new Snapshot(DAY, List.of(campaign(1, Priority.REMNANT, 1, Targeting.ANYONE),
				campaign(2, Priority.REMNANT, 1, Targeting.ANYONE)));
		long noon = MONDAY_NOON.toInstant().toEpochMilli();
		snapshot.skip(1, noon + 1_000);
		assertThat(ids(snapshot, 1, null, MONDAY_NOON)).containsExactly(2L);
		assertThat(ids(snapshot, 1, null, MONDAY_NOON.plusSeconds(1))).containsExactly(1L, 2L);
	}

	static Targeting audience(Set<String> majors, Set<Integer> years, Set<Gender> genders, Set<DayOfWeek> weekdays) {
		return new Targeting(Set.of(), majors, years, genders, Set.of(), Set.of(), Set.of(), weekdays);
	}

}
