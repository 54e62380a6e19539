package com.adtopaper.printing;

import org.jspecify.annotations.Nullable;

/**
 * A job is over: completed, failed, cancelled or expired.
 *
 * @param jobId the job
 * @param memberId whose it was
 * @param status how it ended
 * @param pagesPrinted sides printed
 * @param pointsCharged points it cost
 * @param pointsReturned points given back for sides not printed
 * @param failureReason why it failed, if it did (none in an event published before
 * reasons were kept)
 */
public record JobFinished(String jobId, long memberId, JobStatus status, int pagesPrinted, long pointsCharged,
		long pointsReturned, @Nullable FailureReason failureReason) {

}
