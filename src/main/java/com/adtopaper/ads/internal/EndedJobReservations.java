package com.adtopaper.ads.internal;

import com.adtopaper.ads.AdSelection;
import com.adtopaper.printing.JobFinished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives back, when a job ends, what its unprinted sides reserved: without it a failed or
 * cancelled job would hold the member's frequency cap and the campaign's budget until the
 * reservations lapsed, and the member's next job would print house ads. The sides printed
 * keep theirs ({@link PrintedPagesRecorder} counts them), and a redelivered event gives
 * back nothing more.
 */
@Component
class EndedJobReservations {

	private final AdSelection selection;

	EndedJobReservations(AdSelection selection) {
		this.selection = selection;
	}

	@ApplicationModuleListener
	void on(JobFinished finished) {
		this.selection.jobEnded(finished.jobId(), finished.pagesPrinted());
	}

}
