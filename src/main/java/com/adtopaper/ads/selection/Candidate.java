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

	/**
	 * Whether the campaign may pay for one more page, having spent {@code today} and
	 * {@code total} (printed and reserved): a contract campaign only while behind its
	 * pace, and any campaign only within its daily and total budgets.
	 * {@link RedisReservations}' script applies the same rules inside Redis.
	 */
	public boolean affords(long today, long total) {
		return (this.pacedSpend < 0 || today < this.pacedSpend) && today + this.price <= this.dailyBudget
				&& total + this.price <= this.totalBudget;
	}

	/**
	 * Whether a member who has had {@code pages} of the campaign today may have one more.
	 */
	public boolean allowsMember(long pages) {
		return this.frequencyCap <= 0 || pages < this.frequencyCap;
	}

}
