package com.adtopaper.printerapi;

import java.util.List;

import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;

/**
 * A job as the kiosk at the printer shows it to the member who typed its release code:
 * the printer's view of it and the name of the document, so that the member sees that the
 * code was theirs.
 *
 * @param id the job
 * @param status where it is
 * @param documentName the name the member uploaded the document with (their input: escape
 * it where it is shown)
 * @param sides sides to print, in all
 * @param copies copies of the page range
 * @param duplex both sides of each sheet
 * @param pagesPrinted sides the printer reported printed
 * @param documentUrl where the PDF is downloaded from (a path on this server)
 * @param blankBacks whether the PDF has a blank page after every copy but the last (see
 * {@link JobView})
 * @param blankPages the positions of the PDF's blank pages (see {@link JobView})
 * @param coverSheet whether the PDF's first page is a cover sheet (see {@link JobView})
 */
record ReleasedJobView(String id, JobStatus status, String documentName, int sides, int copies, boolean duplex,
		int pagesPrinted, String documentUrl, boolean blankBacks, List<Integer> blankPages, boolean coverSheet) {

	static ReleasedJobView of(PrintJob job, String documentName) {
		JobView view = JobView.of(job);
		return new ReleasedJobView(view.id(), view.status(), documentName, view.sides(), view.copies(), view.duplex(),
				view.pagesPrinted(), view.documentUrl(), view.blankBacks(), view.blankPages(), view.coverSheet());
	}

}
