package com.adtopaper.ads;

/**
 * An advertiser.
 *
 * @param id its id
 * @param accountId the account it logs in with
 * @param company the company
 * @param contactName who to talk to
 * @param contactPhone their phone
 * @param status PENDING until an operator approves a self sign-up, then ACTIVE
 */
public record Advertiser(long id, long accountId, String company, String contactName, String contactPhone,
		String status) {

}
