package com.adtopaper.printerapi;

import java.util.List;

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
 * @param blankBacks whether the PDF has a blank page after every copy but the last (each
 * copy starts on a sheet of its own); the printer counts those as impressions, but they
 * are no sides of the job: {@code pagesPrinted} leaves them out
 * @param blankPages the positions (from 1) of every blank page of the PDF, those between
 * copies and the back of a duplex cover sheet: what a printer's impressions count beyond
 * the job's sides
 * @param coverSheet whether the PDF's first page is a cover sheet (a hand-in-safe job,
 * whose pages carry no ad); it is the job's first side
 */
record JobView(String id, JobStatus status, int sides, int copies, boolean duplex, int pagesPrinted, String documentUrl,
		boolean blankBacks, List<Integer> blankPages, boolean coverSheet) {

	static JobView of(PrintJob job) {
		return new JobView(job.id(), job.status(), job.sides(), job.copies(), job.duplex(), job.pagesPrinted(),
				"/printer/v1/jobs/" + job.id() + "/document", job.blankBacks(), job.blankPages(), job.coverSheet());
	}

}
