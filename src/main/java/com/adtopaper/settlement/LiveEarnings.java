package com.adtopaper.settlement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A partner's earnings as of now: estimated (the terms of today applied to what printed),
 * final only once the month's statement exists.
 *
 * @param partnerId the partner
 * @param day today in Seoul
 * @param period this month in Seoul
 * @param sidesToday sides printed today at the partner's printers
 * @param earnedToday what they earned (KRW, estimated)
 * @param sidesMonth sides counted in this month so far
 * @param earnedMonth what they earned (KRW, estimated)
 * @param printers each printer of the partner's that printed today, or has, by id
 */
public record LiveEarnings(long partnerId, LocalDate day, YearMonth period, long sidesToday, long earnedToday,
		long sidesMonth, long earnedMonth, List<PrinterToday> printers) {

	public LiveEarnings {
		printers = List.copyOf(printers);
	}

	/**
	 * One printer today.
	 *
	 * @param printerId the printer
	 * @param sides sides printed today
	 * @param paidSides of them with a campaign's ad
	 * @param houseSides of them with the house ad
	 * @param earned what they earned (KRW, estimated)
	 */
	public record PrinterToday(long printerId, long sides, long paidSides, long houseSides, long earned) {

	}

}
