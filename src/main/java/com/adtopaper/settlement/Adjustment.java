package com.adtopaper.settlement;

import java.time.Instant;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * A deduction or adjustment an operator made: it lands on the statement of
 * {@code period}, the first month not closed when it was made, never on a closed one.
 *
 * @param id its id
 * @param partnerId whose statement
 * @param period the month whose statement carries it
 * @param kind {@link LineKind#DEDUCTION} or {@link LineKind#ADJUSTMENT}
 * @param amount KRW, signed (a deduction is negative)
 * @param reason why
 * @param forPeriod the month it corrects, if it corrects one
 * @param operatorId who made it
 * @param createdAt when
 */
public record Adjustment(long id, long partnerId, YearMonth period, LineKind kind, long amount, String reason,
		@Nullable YearMonth forPeriod, long operatorId, Instant createdAt) {

}
