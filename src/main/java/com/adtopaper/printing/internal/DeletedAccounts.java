package com.adtopaper.printing.internal;

import com.adtopaper.member.AccountDeleted;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJobs;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A member deleted their account: their jobs still waiting are cancelled (the points come
 * back to the anonymous ledger) and their documents' files deleted. Finished jobs stay,
 * without the person, for settlement. Redelivered after a crash; twice is harmless.
 */
@Component
class DeletedAccounts {

	private final Documents documents;

	private final PrintJobs jobs;

	DeletedAccounts(Documents documents, PrintJobs jobs) {
		this.documents = documents;
		this.jobs = jobs;
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		this.jobs.list(deleted.accountId(), 0, 100)
			.filter((job) -> job.status() == JobStatus.HELD || job.status() == JobStatus.RELEASED)
			.forEach((job) -> this.jobs.cancel(deleted.accountId(), job.id()));
		this.documents.eraseAllOf(deleted.accountId());
	}

}
