package com.adtopaper.agent;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Follows one job on the IPP printer until it ends, reporting sides to the server as the
 * printer counts them, then completion or failure.
 */
final class JobFollower {

	private static final System.Logger log = System.getLogger(JobFollower.class.getName());

	private final PrinterApi api;

	private final IppPrinter printer;

	private final AgentJob job;

	private final Duration every;

	private int reported;

	JobFollower(PrinterApi api, IppPrinter printer, AgentJob job, Duration every) {
		this.api = api;
		this.printer = printer;
		this.job = job;
		this.every = every;
		this.reported = job.pagesPrinted();
	}

	void follow(int ippJob) throws InterruptedException {
		while (true) {
			IppJob state;
			try {
				state = this.printer.job(ippJob);
			}
			catch (IOException ex) {
				// the printer is busy or rebooting; it still has the job
				log.log(Level.WARNING, "Job {0}: printer did not answer ({1})", this.job.id(), ex.toString());
				Thread.sleep(this.every.toMillis() * 5);
				continue;
			}
			int printed = Math.max(this.reported, Math.min(this.job.sides(), this.job.sidesPrinted(state)));
			if (state.completed()) {
				// a printer that counts nothing (no job-impressions-completed) says only
				// that the whole job printed
				this.api.complete(this.job.id(), (printed > 0) ? printed : this.job.sides());
				return;
			}
			if (state.finished()) {
				this.api.fail(this.job.id(), printed, state.failure());
				return;
			}
			if (printed > this.reported) {
				this.api.progress(this.job.id(), printed);
				this.reported = printed;
			}
			Thread.sleep(this.every.toMillis());
		}
	}

}
