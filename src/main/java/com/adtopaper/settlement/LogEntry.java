package com.adtopaper.settlement;

import java.time.Instant;

/**
 * A job printed at a partner's printer, as the partner's printing log shows it: no
 * member's data, the job's id only.
 *
 * @param jobId the job
 * @param printedAt when its last side counted here printed
 * @param printerId the printer
 * @param sides sides printed
 * @param paidSides of them with a campaign's ad
 * @param houseSides of them with the house ad
 * @param earned the partner's earnings (KRW; estimated until the month closes)
 */
public record LogEntry(String jobId, Instant printedAt, long printerId, long sides, long paidSides, long houseSides,
		long earned) {

}
