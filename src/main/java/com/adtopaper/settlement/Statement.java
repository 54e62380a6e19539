package com.adtopaper.settlement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A closed month's statement of one partner: final. Its lines add up to {@code total}
 * exactly; {@code payable} is {@code total + carriedIn} when that reaches the threshold,
 * else 0 and it all carries to the next month ({@code carriedOut}).
 *
 * @param id its id
 * @param partnerId whose
 * @param period the month
 * @param legalName the payee's legal name when the month closed
 * @param businessNumber their business registration number then, if they are a business
 * @param sides sides printed in the month at their printers
 * @param paidSides of them with a campaign's ad
 * @param houseSides of them with the house ad
 * @param revenue what advertisers paid for the paid sides (KRW)
 * @param earnings the earnings lines added up (KRW)
 * @param adjustments the deduction and adjustment lines added up (KRW, signed)
 * @param total {@code earnings + adjustments}
 * @param carriedIn what earlier months carried into this one (KRW)
 * @param payable what is to be paid (KRW)
 * @param carriedOut what carries to the next month (KRW)
 * @param threshold the payment threshold that applied (KRW)
 * @param status the payout's status
 * @param statusReason why it is on hold or failed
 * @param closedAt when the month closed
 * @param lines its lines, in order
 * @param moves its payout's moves, oldest first
 */
public record Statement(long id, long partnerId, YearMonth period, String legalName, @Nullable String businessNumber,
		long sides, long paidSides, long houseSides, long revenue, long earnings, long adjustments, long total,
		long carriedIn, long payable, long carriedOut, long threshold, PayoutStatus status,
		@Nullable String statusReason, Instant closedAt, List<StatementLine> lines, List<PayoutMove> moves) {

	public Statement {
		lines = List.copyOf(lines);
		moves = List.copyOf(moves);
	}

	/** Whether the payee is a business (they issue a tax invoice before payout). */
	public boolean business() {
		return this.businessNumber != null;
	}

}
