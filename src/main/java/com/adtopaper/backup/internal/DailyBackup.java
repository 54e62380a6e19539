package com.adtopaper.backup.internal;

import java.time.Clock;
import java.time.LocalDate;

import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobType;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a day, on one node (ShedLock), enqueues the day's backup: a job unique per day in
 * Asia/Seoul, in a queue of its own (one at a time per node, and no other queue's jobs
 * wait behind a long dump). A failed backup retries with backoff; out of attempts it is
 * among the dead jobs, and each attempt is a failed run in {@code backup_runs}.
 */
class DailyBackup {

	static final JobType<Run> TYPE = JobType.of("backups", "backup.daily", Run.class);

	/** The day (Asia/Seoul) of a backup. */
	record Run(LocalDate day) {
	}

	private final JobQueue jobs;

	private final BackupSettings settings;

	private final Clock clock;

	DailyBackup(JobQueue jobs, BackupSettings settings, Clock clock) {
		this.jobs = jobs;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${adtopaper.backups.cron:0 0 3 * * *}", zone = "Asia/Seoul")
	@SchedulerLock(name = "backup", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void trigger() {
		LocalDate day = LocalDate.now(this.clock.withZone(BackupNames.SEOUL));
		this.jobs.enqueue(TYPE.with(new Run(day)).unique("backup:" + day).maxAttempts(this.settings.maxAttempts()));
	}

}
