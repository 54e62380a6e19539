package com.adtopaper.ads.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.adtopaper.ads.selection.Reservations.Printed;
import com.adtopaper.ads.selection.Reservations.Reserved;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a job that ended gives back, stated once for every adapter: the reservations of
 * its unprinted sides return to the member's frequency cap and the campaign's budget at
 * once, so that the member's next job carries the paid ads the first one would have; the
 * printed sides stay counted; giving back twice gives back nothing more. {@link #node}
 * and {@link #otherNode} may be one store or two nodes sharing one.
 */
abstract class JobEndedReservationsContract {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	/** The node that rendered the jobs. */
	abstract Reservations node();

	/** The node that hears the job ended (maybe another). */
	abstract Reservations otherNode();

	/** A campaign no other test uses. */
	abstract long newCampaign();

	/** Four pages a day for each member, and four pages of budget a day. */
	Candidate capOfFour(long campaign) {
		return new Candidate(campaign, new Creative(campaign * 10, campaign, "band" + campaign), 20, -1, 80, 1_000_000,
				4, 0, 0);
	}

	/** The campaigns of a job's four sides, as rendered (null: the house ad). */
	List<@Nullable Long> render(Reservations node, String job, long member, Candidate candidate) {
		List<@Nullable Long> sides = new ArrayList<>();
		for (int side = 1; side <= 4; side++) {
			Reserved choice = node.reserve(job, side, member, DAY, List.of(candidate), NOW).choice();
			sides.add((choice != null) ? choice.campaignId() : null);
		}
		return sides;
	}

	static String newJob() {
		return UUID.randomUUID().toString();
	}

	static long newMember() {
		return 1_000_000 + (System.nanoTime() % 1_000_000_000L);
	}

	@Test
	void aJobFailedWithNothingPrintedGivesItsPagesBackToTheNextJob() {
		long campaign = newCampaign();
		long member = newMember();
		Candidate candidate = capOfFour(campaign);
		String failed = newJob();
		assertThat(render(node(), failed, member, candidate)).containsExactly(campaign, campaign, campaign, campaign);

		otherNode().jobEnded(failed, 0);

		String again = newJob();
		assertThat(render(node(), again, member, candidate)).as("the same job printed again")
			.containsExactly(campaign, campaign, campaign, campaign);
		node().printed(printed(again, campaign, member, 1, 4));
		assertThat(render(otherNode(), newJob(), member, candidate)).as("the cap counted the four printed once")
			.containsOnlyNulls();
	}

	@Test
	void aJobEndedAfterTwoOfFourSidesGivesBackTwoAndKeepsTwoCountedEvenIfToldTwice() {
		long campaign = newCampaign();
		long member = newMember();
		Candidate candidate = capOfFour(campaign);
		String partial = newJob();
		render(node(), partial, member, candidate);
		node().printed(printed(partial, campaign, member, 1, 2));

		otherNode().jobEnded(partial, 2);
		otherNode().jobEnded(partial, 2);
		node().jobEnded(partial, 2);

		List<@Nullable Long> next = render(node(), newJob(), member, candidate);
		assertThat(next).containsExactly(campaign, campaign, null, null);
	}

	@Test
	void theSidesPrintedAfterTheJobEndedWasHeardStayCountedOnce() {
		long campaign = newCampaign();
		long member = newMember();
		Candidate candidate = capOfFour(campaign);
		String job = newJob();
		render(node(), job, member, candidate);
		// the end is heard before the sides it printed
		otherNode().jobEnded(job, 3);
		node().printed(printed(job, campaign, member, 1, 3));

		assertThat(render(otherNode(), newJob(), member, candidate)).containsExactly(campaign, null, null, null);
	}

	@Test
	void theBudgetTheUnprintedSidesHeldIsGivenBackToo() {
		long campaign = newCampaign();
		// no cap: only the day's budget of four pages limits it
		Candidate fourPagesADay = new Candidate(campaign, new Creative(campaign * 10, campaign, "band" + campaign), 20,
				-1, 80, 1_000_000, 0, 0, 0);
		String cancelled = newJob();
		render(node(), cancelled, newMember(), fourPagesADay);
		assertThat(render(node(), newJob(), newMember(), fourPagesADay)).containsOnlyNulls();

		otherNode().jobEnded(cancelled, 0);

		assertThat(render(otherNode(), newJob(), newMember(), fourPagesADay)).containsOnly(campaign);
	}

	static List<Printed> printed(String job, long campaign, long member, int from, int to) {
		List<Printed> pages = new ArrayList<>();
		for (int side = from; side <= to; side++) {
			pages.add(new Printed(job, side, campaign, member, DAY, 20));
		}
		return pages;
	}

}
