package com.adtopaper.settlement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of a statement. An {@link LineKind#EARNINGS} line is one site × printer under
 * one set of terms (the days it applied); a deduction or adjustment has its amount,
 * reason and operator.
 *
 * @param lineNo its number on the statement, from 1
 * @param kind what it is
 * @param siteId the site (earnings)
 * @param siteName its name then
 * @param printerId the printer (earnings)
 * @param printerName its name then
 * @param termsId the terms applied, or null for the default terms
 * @param shareBps the share applied (basis points)
 * @param houseFee the fee per house-ad side applied (KRW)
 * @param firstDay the first day of the month the line counts
 * @param lastDay the last
 * @param sides sides printed
 * @param paidSides of them with a campaign's ad
 * @param houseSides of them with the house ad
 * @param revenue what advertisers paid for the paid sides (KRW)
 * @param amount what the line adds to the total (KRW; negative for a deduction)
 * @param reason why (deductions and adjustments)
 * @param operatorId who made it (deductions and adjustments)
 */
public record StatementLine(int lineNo, LineKind kind, @Nullable Long siteId, @Nullable String siteName,
		@Nullable Long printerId, @Nullable String printerName, @Nullable Long termsId, @Nullable Integer shareBps,
		@Nullable Long houseFee, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay, long sides, long paidSides,
		long houseSides, long revenue, long amount, @Nullable String reason, @Nullable Long operatorId) {

}
