package com.adtopaper.jobqueue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.adtopaper.jobqueue.JobContext;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobType;

/**
 * A test handler: records every job it runs, taking {@code takes} each; fails the first
 * {@code failures} attempts of each.
 */
final class Recorder implements JobHandler<Recorder.Note> {

	/** The tests' payload. */
	record Note(String text) {
	}

	static final JobType<Note> RECORD = type("test", "test.record");

	final JobType<Note> type;

	final List<String> texts = new CopyOnWriteArrayList<>();

	final Map<String, Instant> ranAt = new ConcurrentHashMap<>();

	final int failures;

	final Duration takes;

	final AtomicInteger running = new AtomicInteger();

	final AtomicInteger mostAtOnce = new AtomicInteger();

	Recorder(JobType<Note> type, int failures, Duration takes) {
		this.type = type;
		this.failures = failures;
		this.takes = takes;
	}

	static JobType<Note> type(String queue, String name) {
		return JobType.of(queue, name, Note.class);
	}

	@Override
	public JobType<Note> type() {
		return this.type;
	}

	@Override
	public void handle(Note note, JobContext job) throws Exception {
		int now = this.running.incrementAndGet();
		this.mostAtOnce.accumulateAndGet(now, Math::max);
		try {
			Thread.sleep(this.takes.toMillis());
			if (job.attempt() <= this.failures) {
				throw new IllegalStateException("attempt " + job.attempt() + " of " + note.text() + " fails");
			}
			this.texts.add(note.text());
			this.ranAt.put(note.text(), Instant.now());
		}
		finally {
			this.running.decrementAndGet();
		}
	}

}
