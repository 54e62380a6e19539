package com.adtopaper.ads;

import java.time.LocalDate;

/**
 * What an advertiser writes when creating or editing a campaign. Money in KRW.
 *
 * @param name the campaign's name
 * @param startsOn its first day (Seoul)
 * @param endsOn its last day (Seoul)
 * @param totalBudget the most it spends in all
 * @param dailyBudget the most it spends in one day; a contract campaign paces to spend it
 * @param pricePerPage what each printed page costs it
 * @param priority contract or remnant
 * @param weight a remnant campaign's share against other remnant campaigns
 * @param frequencyCap the most pages a member sees its ad on per day; 0 for no cap
 * @param targeting who, where and when
 */
public record CampaignDraft(String name, LocalDate startsOn, LocalDate endsOn, long totalBudget, long dailyBudget,
		long pricePerPage, Priority priority, int weight, int frequencyCap, Targeting targeting) {

}
