package com.adtopaper.printing;

/**
 * What a member's printing used and what the ads paid for it, over all their jobs.
 *
 * @param sides sides printed
 * @param sheets sheets of paper they took (two sides to a sheet when printed both-sided)
 * @param paidSides the sides printed that carried a campaign's ad (the others carried
 * AdToPaper's own)
 * @param paidByAds what the advertisers paid for those sides, in won
 */
public record Footprint(long sides, long sheets, long paidSides, long paidByAds) {

}
