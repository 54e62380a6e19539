package com.adtopaper.ads;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A campaign as its advertiser and operators see it.
 *
 * @param id its id
 * @param advertiserId its advertiser
 * @param name its name
 * @param status where it is in its life
 * @param startsOn first day
 * @param endsOn last day
 * @param totalBudget the most it spends (KRW)
 * @param dailyBudget the most it spends per day (KRW)
 * @param pricePerPage the price of a printed page (KRW)
 * @param priority contract or remnant
 * @param weight remnant weight
 * @param frequencyCap pages per member per day, 0 for none
 * @param targeting who, where and when
 * @param rejectionReason why review rejected it, if it did
 * @param createdAt when it was created
 */
public record Campaign(long id, long advertiserId, String name, CampaignStatus status, LocalDate startsOn,
		LocalDate endsOn, long totalBudget, long dailyBudget, long pricePerPage, Priority priority, int weight,
		int frequencyCap, Targeting targeting, @Nullable String rejectionReason, Instant createdAt) {

}
