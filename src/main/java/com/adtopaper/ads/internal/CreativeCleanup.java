package com.adtopaper.ads.internal;

import java.time.Duration;

import com.adtopaper.platform.blob.BlobStore;
import com.adtopaper.platform.queue.Job;
import com.adtopaper.platform.queue.JobContext;
import com.adtopaper.platform.queue.JobHandler;
import com.adtopaper.platform.queue.JobQueue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deletes a removed creative's files an hour after it was removed, not at once: a page
 * may have been given the creative just before, and its printing still fetches the band.
 */
@Component
class CreativeCleanup implements JobHandler {

	static final String TYPE = "ads.creative-cleanup";

	static final Duration DELAY = Duration.ofHours(1);

	private final JobQueue jobs;

	private final BlobStore blobs;

	CreativeCleanup(JobQueue jobs, BlobStore blobs) {
		this.jobs = jobs;
		this.blobs = blobs;
	}

	@ApplicationModuleListener
	void on(CreativeRemoved removed) {
		this.jobs.enqueue(Job.of(CreativeProcessing.QUEUE, TYPE, String.join("\n", removed.keys()))
			.unique("creative-cleanup:" + removed.creativeId())
			.in(DELAY));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void handle(JobContext job) {
		for (String key : job.payload().split("\n")) {
			this.blobs.delete(key);
		}
	}

}
