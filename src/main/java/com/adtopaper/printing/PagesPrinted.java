package com.adtopaper.printing;

import java.time.Instant;

/**
 * A printer reported sides {@code fromSide} to {@code toSide} of a job printed: each
 * becomes one impression of the ad it carried, and counts for the site's partner.
 *
 * @param jobId the job
 * @param memberId whose job it is
 * @param printerId the printer
 * @param fromSide the first side newly printed, from 1
 * @param toSide the last side newly printed
 * @param printedAt when the printer reported them
 */
public record PagesPrinted(String jobId, long memberId, long printerId, int fromSide, int toSide, Instant printedAt) {

}
