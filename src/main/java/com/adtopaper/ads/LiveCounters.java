package com.adtopaper.ads;

import java.time.LocalDate;

/**
 * A campaign's numbers as of now: what the advertiser's live counters show.
 *
 * @param campaignId the campaign
 * @param day today in Seoul
 * @param pagesToday pages printed with its ad today
 * @param spendToday what they cost today (KRW)
 * @param pagesTotal pages printed in all
 * @param spendTotal spent in all (KRW)
 * @param remainingBudget what is left of the total budget (KRW)
 * @param remainingToday what is left of today's budget (KRW)
 */
public record LiveCounters(long campaignId, LocalDate day, long pagesToday, long spendToday, long pagesTotal,
		long spendTotal, long remainingBudget, long remainingToday) {

}
