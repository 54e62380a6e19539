package com.adtopaper.printing;

import org.jspecify.annotations.Nullable;

/**
 * What a member asks to print.
 *
 * @param documentId one of their documents
 * @param copies 1 to the configured maximum
 * @param duplex both sides of each sheet
 * @param firstPage first page of the document to print; the first if null
 * @param lastPage last page to print; the last if null
 * @param coverSheet hand-in-safe: the job's ad prints on one cover sheet before it, and
 * none on its pages; the member pays in points what the ads of its pages would have
 */
public record JobOptions(long documentId, int copies, boolean duplex, @Nullable Integer firstPage,
		@Nullable Integer lastPage, boolean coverSheet) {

	/** An ordinary job: an ad on every side. */
	public JobOptions(long documentId, int copies, boolean duplex, @Nullable Integer firstPage,
			@Nullable Integer lastPage) {
		this(documentId, copies, duplex, firstPage, lastPage, false);
	}

}
