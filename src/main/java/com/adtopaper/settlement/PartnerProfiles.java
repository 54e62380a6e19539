package com.adtopaper.settlement;

import java.util.List;

import com.adtopaper.member.Account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' payee details (legal name, business registration number, bank account,
 * contacts) and their staff accounts, who see the printers and the log but never the
 * money.
 */
@Service
@Transactional
public class PartnerProfiles {

	/**
	 * The partner's details, the bank account masked; the account's name as legal name
	 * until set.
	 */
	@Transactional(readOnly = true)
	public PartnerProfile get(long partnerId) {
		throw new UnsupportedOperationException("not yet");
	}

	public PartnerProfile update(long partnerId, ProfileChange change) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Sets the bank account, once the actor's password is checked again; recorded with
	 * the masked accounts before and after.
	 */
	public PartnerProfile changeBank(long partnerId, long actorId, String password, BankAccount account) {
		throw new UnsupportedOperationException("not yet");
	}

	@Transactional(readOnly = true)
	public List<BankChange> bankChanges(long partnerId) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The partner an account acts for: a partner for themselves, a staff account for its
	 * partner.
	 */
	@Transactional(readOnly = true)
	public long partnerOf(long accountId) {
		throw new UnsupportedOperationException("not yet");
	}

	@Transactional(readOnly = true)
	public List<Account> staff(long partnerId) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Adds a staff account (role PARTNER_STAFF) to the partner. */
	public Account addStaff(long partnerId, String email, String name, String password) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Removes a staff account of the partner's: it is blocked and no longer theirs. */
	public void removeStaff(long partnerId, long staffAccountId) {
		throw new UnsupportedOperationException("not yet");
	}

}
