package com.adtopaper.settlement;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A closed month's statement in a list.
 *
 * @param id its id
 * @param partnerId whose
 * @param period the month
 * @param total the month's lines added up (KRW)
 * @param payable what is to be paid (KRW): 0 when carried forward
 * @param carriedOut what carries to the next month (KRW)
 * @param status the payout's status
 * @param closedAt when the month closed
 */
public record StatementSummary(long id, long partnerId, YearMonth period, long total, long payable, long carriedOut,
		PayoutStatus status, Instant closedAt) {

}
