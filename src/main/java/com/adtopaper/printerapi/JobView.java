package com.adtopaper.printerapi;

import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;

/**
 * A job as the printer sees it: what to print and where to fetch it; nothing of the
 * member.
 *
 * @param id the job
 * @param status where it is
 * @param sides sides to print, in all
 * @param copies copies of the page range
 * @param duplex both sides of each sheet
 * @param pagesPrinted sides the printer reported printed
 * @param documentUrl where the PDF is downloaded from (a path on this server)
 */
record JobView(String id, JobStatus status, int sides, int copies, boolean duplex, int pagesPrinted,
		String documentUrl) {

	static JobView of(PrintJob job) {
		return new JobView(job.id(), job.status(), job.sides(), job.copies(), job.duplex(), job.pagesPrinted(),
				"/printer/v1/jobs/" + job.id() + "/document");
	}

}
