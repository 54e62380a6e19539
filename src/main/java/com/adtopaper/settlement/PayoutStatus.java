package com.adtopaper.settlement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a statement's payout stands. A statement whose payable amount is zero (below the
 * threshold, carried to the next month) is {@link #CARRIED_FORWARD} and never moves.
 * Moves go forward only, but for a hold being lifted and a failed payout tried again; a
 * business partner's payout waits for their tax invoice before it is issued.
 */
public enum PayoutStatus {

	/** Nothing to pay this month: the amount carried to the next one. */
	CARRIED_FORWARD,
	/** To be paid. */
	PENDING,
	/** Held by an operator, with a reason. */
	ON_HOLD,
	/** A business partner's tax invoice awaited. */
	INVOICE_AWAITED,
	/** The transfer sent to the bank. */
	ISSUED,
	/** Paid: the end. */
	PAID,
	/** The bank refused the transfer, with a reason. */
	FAILED;

	/** Whether an operator may move a statement from this status to {@code to}. */
	public boolean mayMoveTo(PayoutStatus to, boolean business) {
		return next(business).contains(to);
	}

	/** Where a statement may go from here. */
	public Set<PayoutStatus> next(boolean business) {
		return switch (this) {
			case CARRIED_FORWARD, PAID -> EnumSet.noneOf(PayoutStatus.class);
			case PENDING -> business ? EnumSet.of(ON_HOLD, INVOICE_AWAITED) : EnumSet.of(ON_HOLD, ISSUED);
			case ON_HOLD -> EnumSet.of(PENDING);
			case INVOICE_AWAITED -> EnumSet.of(ISSUED, ON_HOLD);
			case ISSUED -> EnumSet.of(PAID, FAILED);
			case FAILED -> EnumSet.of(PENDING);
		};
	}

	/** Whether a move to this status must say why. */
	public boolean needsReason() {
		return this == ON_HOLD || this == FAILED;
	}

}
