package com.adtopaper.printing;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.adtopaper.printing.PrintingExceptions.JobStateConflict;
import com.adtopaper.printing.PrintingExceptions.NoSuchJob;
import com.adtopaper.printing.internal.JobRenderer;
import com.adtopaper.printing.internal.JobSettlement;
import com.adtopaper.printing.internal.PrintJobEntity;
import com.adtopaper.printing.internal.PrintJobRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Print jobs as a printer sees them, for the printer agent's channel (the printer API): a
 * release code typed at the printer, the claim of the next job released to it, the
 * download of the job rendered with its ads, the reports of the sides printed, and the
 * job's completion or failure, which charge the printed sides and give the rest back. A
 * printer sees only the jobs released to it. The member's side of a job is
 * {@link PrintJobs}.
 */
@Service
@Transactional
public class PrinterJobs {

	private final PrintJobRepository jobs;

	private final Printers printers;

	private final JobSettlement settlement;

	private final JobRenderer renderer;

	private final Clock clock;

	PrinterJobs(PrintJobRepository jobs, Printers printers, JobSettlement settlement, JobRenderer renderer,
			Clock clock) {
		this.jobs = jobs;
		this.printers = printers;
		this.settlement = settlement;
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * Releases the held job with this release code to the printer it was typed at.
	 * Guessing is throttled by the printer API. A duplex job typed at a printer that
	 * prints one side only prints one-sided, at the one-sided price: the member standing
	 * there has no other choice, and the printer's answer tells them.
	 */
	public PrintJob releaseByCode(long printerId, String releaseCode) {
		PrintJobEntity job = this.jobs.findByReleaseCodeAndStatus(releaseCode.strip(), JobStatus.HELD)
			.stream()
			.findFirst()
			.orElseThrow(() -> NoSuchJob.withReleaseCode(releaseCode.strip()));
		this.settlement.release(job, this.printers.get(printerId), true);
		return job.toJob();
	}

	/**
	 * How many jobs wait at each of these printers: released to it and not yet printed,
	 * or printing. Printers with none are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> waiting(Collection<Long> printerIds) {
		if (printerIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> waiting = new HashMap<>();
		for (Object[] row : this.jobs.waitingAt(printerIds)) {
			waiting.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		return waiting;
	}

	/**
	 * Claims the oldest job released to the printer, if there is one; of several requests
	 * at once, each job goes to exactly one.
	 */
	public Optional<PrintJob> claimNext(long printerId) {
		if (this.printers.disabled(printerId)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		for (String id : this.jobs.releasedTo(printerId, PageRequest.of(0, 5))) {
			if (this.jobs.claim(id, printerId, now) == 1) {
				return this.jobs.findById(id).map(PrintJobEntity::toJob);
			}
		}
		return Optional.empty();
	}

	/** A job as its printer sees it. */
	@Transactional(readOnly = true)
	public PrintJob get(long printerId, String jobId) {
		return printers(printerId, jobId).toJob();
	}

	/**
	 * Writes the job's PDF, as it prints (every side with its ad), to its printer;
	 * renders it on the first download. Outside a transaction: a download of tens of
	 * megabytes holds no database connection.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void download(long printerId, String jobId, OutputStream out) {
		PrintJob job = get(printerId, jobId);
		if (job.status().finished()) {
			throw new JobStateConflict(job.status(), "downloaded");
		}
		this.renderer.write(this.renderer.rendered(jobId), out);
	}

	/** The printer has printed {@code printed} sides of the job so far. */
	public PrintJob progress(long printerId, String jobId, int printed) {
		PrintJobEntity job = printers(printerId, jobId);
		int before = job.pagesPrinted();
		job.progress(printed, this.clock.instant());
		this.settlement.printed(job, printerId, before);
		return job.toJob();
	}

	/** The printer is done with the job, {@code printed} sides printed. */
	public PrintJob complete(long printerId, String jobId, int printed) {
		PrintJobEntity job = printers(printerId, jobId);
		int before = job.pagesPrinted();
		job.complete(printed, this.clock.instant());
		this.settlement.printed(job, printerId, before);
		this.settlement.settle(job);
		return job.toJob();
	}

	/**
	 * The printer gave up on the job after {@code printed} sides, saying only
	 * {@code detail} (an agent older than {@link FailureReason}s): the reason is what the
	 * words read as.
	 */
	public PrintJob fail(long printerId, String jobId, int printed, String detail) {
		return fail(printerId, jobId, printed, null, detail);
	}

	/**
	 * The printer gave up on the job after {@code printed} sides, for the reason named
	 * {@code code} (else the one {@code detail} reads as); {@code detail}, the printer's
	 * words, is kept for partners and operators.
	 */
	public PrintJob fail(long printerId, String jobId, int printed, @Nullable String code, String detail) {
		PrintJobEntity job = printers(printerId, jobId);
		int before = job.pagesPrinted();
		String words = detail.isBlank() ? "The printer failed." : detail.strip();
		job.fail(printed, FailureReason.of(code, words, job.toJob().duplex()), words, this.clock.instant());
		this.settlement.printed(job, printerId, before);
		this.settlement.settle(job);
		return job.toJob();
	}

	/**
	 * The event with its audience and paid sides: as it is if it carries them, else read
	 * from the job (an event published before events carried them, still in the
	 * publication registry); empty if that job is gone.
	 */
	@Transactional(readOnly = true)
	public Optional<PagesPrinted> withSides(PagesPrinted printed) {
		if (printed.paidSides() != null) {
			return Optional.of(printed);
		}
		return this.jobs.findById(printed.jobId()).map((job) -> job.withSides(printed));
	}

	/**
	 * A job released to the printer, claimed by it yet or not: the kiosk at the printer
	 * follows the job it released from the moment of the release on.
	 */
	@Transactional(readOnly = true)
	public PrintJob releasedTo(long printerId, String jobId) {
		return this.jobs.findById(jobId)
			.filter((job) -> job.printerId() != null && job.printerId() == printerId && job.status() != JobStatus.HELD)
			.map(PrintJobEntity::toJob)
			.orElseThrow(() -> new NoSuchJob(jobId));
	}

	private PrintJobEntity printers(long printerId, String jobId) {
		return this.jobs.findById(jobId)
			.filter((job) -> job.printerId() != null && job.printerId() == printerId
					&& job.status() != JobStatus.RELEASED && job.status() != JobStatus.HELD)
			.orElseThrow(() -> new NoSuchJob(jobId));
	}

}
