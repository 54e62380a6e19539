package com.adtopaper.ads.selection;

/**
 * A campaign the page may carry, as the reservation checks it.
 *
 * @param campaignId the campaign
 * @param creative the creative it would print
 * @param price its price per page
 * @param pacedSpend for a contract campaign, what it may have spent by now (it is skipped
 * at or above it); -1 for a remnant campaign
 * @param dailyBudget its daily budget
 * @param totalBudget its total budget
 * @param frequencyCap pages per member per day, 0 for none
 * @param seedToday spent today as of the snapshot, used only if the shared counter is
 * missing
 * @param seedTotal spent in all as of the snapshot, likewise
 */
public record Candidate(long campaignId, Creative creative, long price, long pacedSpend, long dailyBudget,
		long totalBudget, int frequencyCap, long seedToday, long seedTotal) {

}
