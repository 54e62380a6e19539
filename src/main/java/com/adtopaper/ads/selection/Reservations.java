package com.adtopaper.ads.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Budget and frequency counted at decision time: each counter holds what was printed plus
 * what decisions reserved and has not printed or lapsed yet.
 */
public interface Reservations {

	/**
	 * Reserves one page for the first candidate whose budget, pacing and the member's cap
	 * allow it, or returns the choice already reserved for this page.
	 * @param jobId the print job
	 * @param page its page
	 * @param memberId who prints
	 * @param day the Seoul day of the page
	 * @param candidates in order of preference
	 * @param now the wall clock, for lapsing reservations
	 * @return the reservation, or none with the campaigns refused for their own budget or
	 * pacing (not the member's cap)
	 */
	Outcome reserve(String jobId, int page, long memberId, LocalDate day, List<Candidate> candidates, Instant now);

	/**
	 * Pages newly printed: their reservations become printed pages; pages printed without
	 * a live reservation are counted anew.
	 */
	void printed(List<Printed> pages);

	/**
	 * A job ended with its sides 1 to {@code sidesPrinted} printed: the reservations of
	 * its other sides are given back now, to the campaigns' budgets and the member's cap,
	 * rather than when they lapse, and their choices forgotten. Giving back again (an
	 * event delivered twice) gives back nothing more, and a printed side is never given
	 * back.
	 * @param jobId the job
	 * @param sidesPrinted how many of its first sides printed
	 */
	void jobEnded(String jobId, int sidesPrinted);

	/**
	 * A printed page as the counters see it.
	 *
	 * @param jobId the job
	 * @param page the page
	 * @param campaignId its campaign
	 * @param memberId who printed it
	 * @param day the Seoul day it was decided on (the day it printed)
	 * @param price what it cost
	 */
	record Printed(String jobId, int page, long campaignId, long memberId, LocalDate day, long price) {

	}

	/**
	 * @param choice the reserved campaign, creative and price, if any
	 * @param refused campaigns refused for their budget or pacing
	 */
	record Outcome(@Nullable Reserved choice, Set<Long> refused) {

	}

	/**
	 * @param campaignId the campaign
	 * @param creativeId the creative
	 * @param bandKey its band
	 * @param price the price per page
	 */
	record Reserved(long campaignId, long creativeId, String bandKey, long price) {

	}

}
