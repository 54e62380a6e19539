package com.adtopaper.printing.internal;

import com.adtopaper.platform.blob.PrivateBlobStore;
import com.adtopaper.printing.JobFinished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A job that has ended (completed, failed, cancelled, expired) prints nothing more, so
 * its rendered PDF, the member's pages with their ads, is deleted once the end has
 * committed. The printer downloads only unfinished jobs, so no download can need it any
 * more. The publication registry redelivers after a crash; deleting twice is harmless.
 */
@Component
class RenderedJobCleanup {

	private final PrintJobRepository jobs;

	private final PrivateBlobStore blobs;

	RenderedJobCleanup(PrintJobRepository jobs, PrivateBlobStore blobs) {
		this.jobs = jobs;
		this.blobs = blobs;
	}

	@ApplicationModuleListener
	void on(JobFinished finished) {
		this.jobs.findById(finished.jobId())
			.filter((job) -> job.status().finished() && job.renderedKey() != null)
			.ifPresent((job) -> this.blobs.delete(job.renderedKey()));
	}

}
