package com.adtopaper.settlement;

import java.time.YearMonth;

import com.adtopaper.platform.DomainException;

/** The refusals of the settlement module. */
public final class SettlementExceptions {

	private SettlementExceptions() {
	}

	/** A value of terms, an adjustment or a partner's details that is not acceptable. */
	public static final class InvalidSettlement extends DomainException {

		public InvalidSettlement(String field, String message) {
			super(Kind.INVALID, field, message);
		}

		/** A refusal whose words for a person are the message bundles' {@code code}. */
		public InvalidSettlement(String field, String message, String code) {
			super(Kind.INVALID, field, message, code);
		}

	}

	/** A closed month cannot change: what was asked would have changed it. */
	public static final class MonthClosed extends DomainException {

		public MonthClosed(String field, YearMonth period) {
			super(Kind.INVALID, field, period + " is closed: its statements are final. A correction is an "
					+ "adjustment, which lands on the next open month's statement.");
		}

	}

	/** No statement of that month for the partner: not closed yet, or not theirs. */
	public static final class NoSuchStatement extends DomainException {

		public NoSuchStatement(String statement) {
			super(Kind.NOT_FOUND, "There is no statement " + statement
					+ ": a month has statements once it is closed (early the next month).");
		}

	}

	/** A payout cannot move that way from where it is. */
	public static final class PayoutMoveRefused extends DomainException {

		public PayoutMoveRefused(PayoutStatus from, PayoutStatus to, String message) {
			super(Kind.CONFLICT, "status", "A payout cannot move from " + from + " to " + to + ": " + message);
		}

	}

	/** No such site, printer or staff account of the partner's. */
	public static final class NoSuchPartnerThing extends DomainException {

		public NoSuchPartnerThing(String what) {
			super(Kind.NOT_FOUND, "There is no " + what + ".");
		}

	}

}
