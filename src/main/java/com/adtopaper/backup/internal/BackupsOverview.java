package com.adtopaper.backup.internal;

import java.util.List;
import java.util.Optional;

import com.adtopaper.backup.BackupRun;
import com.adtopaper.backup.Backups;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
class BackupsOverview implements Backups {

	private final BackupRunRepository runs;

	private final ObjectProvider<BackupJob> job;

	BackupsOverview(BackupRunRepository runs, ObjectProvider<BackupJob> job) {
		this.runs = runs;
		this.job = job;
	}

	@Override
	public boolean enabled() {
		return this.job.getIfAvailable() != null;
	}

	@Override
	public List<BackupRun> recent(int limit) {
		return this.runs.recent(limit);
	}

	@Override
	public Optional<BackupRun> lastSucceeded() {
		return this.runs.lastSucceeded();
	}

}
