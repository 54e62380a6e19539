package com.adtopaper.settlement;

import java.time.LocalDateTime;

/**
 * What printed in one Seoul hour or day (at its start), at one printer or all of a
 * partner's.
 *
 * @param at the hour or the day's midnight, Seoul local time
 * @param sides sides printed
 * @param paidSides of them with a campaign's ad
 * @param houseSides of them with the house ad
 * @param revenue what advertisers paid for the paid sides (KRW)
 * @param earned the partner's earnings (KRW, under the terms of each day)
 */
public record HistoryPoint(LocalDateTime at, long sides, long paidSides, long houseSides, long revenue, long earned) {

}
