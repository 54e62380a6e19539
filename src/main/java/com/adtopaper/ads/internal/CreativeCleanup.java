package com.adtopaper.ads.internal;

import java.time.Duration;
import java.util.List;

import com.adtopaper.ads.internal.CreativeCleanup.Files;
import com.adtopaper.jobqueue.JobContext;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.platform.blob.BlobStore;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deletes a removed creative's files an hour after it was removed, not at once: a page
 * may have been given the creative just before, and its printing still fetches the band.
 */
@Component
class CreativeCleanup implements JobHandler<Files> {

	static final JobType<Files> TYPE = JobType.of(CreativeProcessing.QUEUE, "ads.creative-cleanup", Files.class);

	/**
	 * @param keys the blob keys of the removed creative's files
	 */
	record Files(List<String> keys) {
	}

	static final Duration DELAY = Duration.ofHours(1);

	private final JobQueue jobs;

	private final BlobStore blobs;

	CreativeCleanup(JobQueue jobs, BlobStore blobs) {
		this.jobs = jobs;
		this.blobs = blobs;
	}

	@ApplicationModuleListener
	void on(CreativeRemoved removed) {
		this.jobs
			.enqueue(TYPE.with(new Files(removed.keys())).unique("creative-cleanup:" + removed.creativeId()).in(DELAY));
	}

	@Override
	public JobType<Files> type() {
		return TYPE;
	}

	@Override
	public void handle(Files files, JobContext job) {
		for (String key : files.keys()) {
			this.blobs.delete(key);
		}
	}

}
