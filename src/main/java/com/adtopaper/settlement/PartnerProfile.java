package com.adtopaper.settlement;

import org.jspecify.annotations.Nullable;

/**
 * A partner's payee details as they are shown: the bank account masked.
 *
 * @param partnerId the partner's account
 * @param legalName the legal name statements are made out to
 * @param businessNumber the business registration number (10 digits), for a business
 * @param bankCode the bank's 3-digit code
 * @param maskedAccount the account number with all but its last 4 digits masked
 * @param accountHolder the account holder's name
 * @param contactName who to talk to
 * @param contactEmail their e-mail address
 * @param contactPhone their phone number
 */
public record PartnerProfile(long partnerId, String legalName, @Nullable String businessNumber,
		@Nullable String bankCode, @Nullable String maskedAccount, @Nullable String accountHolder,
		@Nullable String contactName, @Nullable String contactEmail, @Nullable String contactPhone) {

	public boolean business() {
		return this.businessNumber != null;
	}

}
