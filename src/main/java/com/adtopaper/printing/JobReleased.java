package com.adtopaper.printing;

/**
 * A job was released to a printer, which may be waiting for it.
 *
 * @param jobId the job
 * @param printerId the printer
 */
public record JobReleased(String jobId, long printerId) {

}
