package com.adtopaper.settlement;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * A deduction or adjustment an operator makes.
 *
 * @param partnerId whose
 * @param kind {@link LineKind#DEDUCTION} (amount below 0) or {@link LineKind#ADJUSTMENT}
 * (not 0)
 * @param amount KRW, signed
 * @param reason why, 1 to 500 characters
 * @param forPeriod the month it corrects, if any
 */
public record NewAdjustment(long partnerId, LineKind kind, long amount, String reason, @Nullable YearMonth forPeriod) {

}
