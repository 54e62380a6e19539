package com.adtopaper.points.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a member's points account in a transaction of its own, before the posting's
 * transaction locks it: an insert in the locking transaction would take a gap or shared
 * lock and deadlock against a concurrent first posting for the same member.
 */
@Component
class PointsAccounts {

	private final PointsAccountRepository accounts;

	PointsAccounts(PointsAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void open(long memberId) {
		this.accounts.createIfAbsent(memberId);
	}

}
