package com.adtopaper.settlement;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

import com.adtopaper.platform.DomainException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The refusals of the settlement module. */
public final class SettlementExceptions {

	private SettlementExceptions() {
	}

	/** A payout status in the reader's words. */
	static MessageSourceResolvable words(PayoutStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "partner.payout." + status.name() },
				status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
	}

	/** A value of terms, an adjustment or a partner's details that is not acceptable. */
	public static final class InvalidSettlement extends DomainException {

		/**
		 * @param field the value refused
		 * @param message the English words
		 * @param code the message bundles' key of the words for a person
		 * @param arguments the key's arguments
		 */
		public InvalidSettlement(String field, String message, String code, Object... arguments) {
			super(Kind.INVALID, field, message, code, arguments);
		}

	}

	/** A closed month cannot change: what was asked would have changed it. */
	public static final class MonthClosed extends DomainException {

		public MonthClosed(String field, YearMonth period) {
			super(Kind.INVALID, field, period + " is closed: its statements are final. A correction is an "
					+ "adjustment, which lands on the next open month's statement.", null, period.toString());
		}

	}

	/** No statement of that month for the partner: not closed yet, or not theirs. */
	public static final class NoSuchStatement extends DomainException {

		public NoSuchStatement(long id) {
			super(Kind.NOT_FOUND, null,
					"There is no statement " + id
							+ ": a month has statements once it is closed (early the next month).",
					null, Long.toString(id));
		}

		public NoSuchStatement(YearMonth period) {
			super(Kind.NOT_FOUND, null,
					"There is no statement of " + period
							+ ": a month has statements once it is closed (early the next month).",
					"problem.settlement.no-statement-of-month", period.toString());
		}

	}

	/** A payout cannot move that way from where it is. */
	public static final class PayoutMoveRefused extends DomainException {

		/**
		 * The move is not one of those {@code from} allows (for a business partner or
		 * not).
		 */
		public PayoutMoveRefused(PayoutStatus from, PayoutStatus to, boolean business) {
			super(Kind.CONFLICT, "status",
					"A payout cannot move from " + from + " to " + to + ": from " + from + " it may go to "
							+ from.next(business)
							+ (business ? " (a business partner's payout waits for their tax invoice)" : ""),
					from.next(business).isEmpty() ? "problem.settlement.payout-final"
							: business ? "problem.settlement.payout-move-business" : "problem.settlement.payout-move",
					words(from), words(to), statuses(from.next(business)));
		}

		/** The payout was moved by another operator between reading and moving it. */
		public PayoutMoveRefused(PayoutStatus from, PayoutStatus to) {
			super(Kind.CONFLICT, "status",
					"A payout cannot move from " + from + " to " + to + ": it was moved by someone else meanwhile.",
					"problem.settlement.payout-moved-meanwhile", words(from), words(to));
		}

		/** The statuses (one or two) in the reader's words. */
		private static MessageSourceResolvable statuses(Set<PayoutStatus> statuses) {
			Object[] each = statuses.stream().map(SettlementExceptions::words).toArray();
			return new DefaultMessageSourceResolvable(
					new String[] { "problem.settlement.payout-statuses." + each.length }, each, statuses.toString());
		}

	}

	/** No such site, printer or staff account of the partner's. */
	public static final class NoSuchPartnerThing extends DomainException {

		public NoSuchPartnerThing(Thing thing, long id) {
			super(Kind.NOT_FOUND, null, "There is no " + thing.english() + " " + id + ".", null,
					new DefaultMessageSourceResolvable(new String[] { "settlement.thing." + thing.name() },
							new Object[] { Long.toString(id) }, thing.english() + " " + id));
		}

		/**
		 * What there is none of; its words, with the id (and in Korean the subject
		 * particle), are {@code settlement.thing.<name>}.
		 */
		public enum Thing {

			/** A partner. */
			PARTNER,
			/** A partner's own account (the one that signs in). */
			PARTNER_ACCOUNT,
			/** The partner an account (the partner's or their staff's) belongs to. */
			PARTNER_OF_ACCOUNT,
			/** A printer of the partner's. */
			PRINTER,
			/** A staff account of the partner's. */
			STAFF_ACCOUNT;

			String english() {
				return name().toLowerCase(Locale.ROOT).replace('_', ' ');
			}

		}

	}

}
