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
				int sides = (printed > 0) ? printed : this.job.sides();
				log.log(Level.INFO, "Job {0}: completed, {1} of {2} sides printed", this.job.id(), sides,
						this.job.sides());
				this.api.complete(this.job.id(), sides);
				return;
			}
			if (state.finished()) {
				String code = state.failureCode();
				if (code == null) {
					// the job says only that it was aborted: the printer says what stops
					// it
					code = FailureCode.ofHealth(this.printer.health());
				}
				// with no code the server reads the reason from the printer's words
				log.log(Level.INFO, "Job {0}: failed, {1} of {2} sides printed: {3}{4}", this.job.id(), printed,
						this.job.sides(), (code != null) ? code + " " : "", "(" + state.failure() + ")");
				this.api.fail(this.job.id(), printed, code, state.failure());
				return;
			}
			if (printed > this.reported) {
				log.log(Level.INFO, "Job {0}: {1} of {2} sides printed", this.job.id(), printed, this.job.sides());
				this.api.progress(this.job.id(), printed);
				this.reported = printed;
			}
			Thread.sleep(this.every.toMillis());
		}
	}

}
