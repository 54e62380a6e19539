package com.adtopaper.printing;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.adtopaper.member.SchoolVerification;
import com.adtopaper.points.Points;
import com.adtopaper.printing.PrintingExceptions.DocumentExpired;
import com.adtopaper.printing.PrintingExceptions.InvalidJob;
import com.adtopaper.printing.PrintingExceptions.MemberNotVerified;
import com.adtopaper.printing.PrintingExceptions.NoSuchDocument;
import com.adtopaper.printing.PrintingExceptions.NoSuchJob;
import com.adtopaper.printing.internal.DocumentEntity;
import com.adtopaper.printing.internal.DocumentRepository;
import com.adtopaper.printing.internal.JobRenderer;
import com.adtopaper.printing.internal.JobSettlement;
import com.adtopaper.printing.internal.PrintJobEntity;
import com.adtopaper.printing.internal.PrintJobRepository;
import com.adtopaper.printing.internal.PrintJobSettings;
import com.adtopaper.printing.internal.PrinterSecrets;
import com.adtopaper.printing.internal.PrintingMetrics;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Print jobs as their member sees them, for the member's channels (the app API and the
 * web site): create one from a document, preview it, release it to a printer by its code,
 * cancel it, follow it. A job's points are held when it is created and charged for the
 * sides that printed; the rest go back when it completes, fails, is cancelled or expires.
 * A member sees only their own jobs. The printer's side of a job is {@link PrinterJobs}.
 */
@Service
@Transactional
public class PrintJobs {

	private static final EnumSet<JobStatus> WAITING = EnumSet.of(JobStatus.HELD, JobStatus.RELEASED);

	/** How many of a job's first sides its preview shows. */
	public static final int PREVIEW_SIDES = 3;

	private final PrintJobRepository jobs;

	private final DocumentRepository documents;

	private final Printers printers;

	private final Points points;

	private final PrinterSecrets codes;

	private final PrintJobSettings settings;

	private final JobSettlement settlement;

	private final JobRenderer renderer;

	private final Clock clock;

	private final SchoolVerification verification;

	private final PrintingMetrics metrics;

	PrintJobs(PrintJobRepository jobs, DocumentRepository documents, Printers printers, Points points,
			PrinterSecrets codes, PrintJobSettings settings, JobSettlement settlement, JobRenderer renderer,
			Clock clock, SchoolVerification verification, PrintingMetrics metrics) {
		this.metrics = metrics;
		this.verification = verification;
		this.renderer = renderer;
		this.jobs = jobs;
		this.documents = documents;
		this.printers = printers;
		this.points = points;
		this.codes = codes;
		this.settings = settings;
		this.settlement = settlement;
		this.clock = clock;
	}

	/** Creates a job held for the member, its points put aside until it prints. */
	public PrintJob create(long memberId, JobOptions options) {
		checkVerified(memberId);
		// locked, so that the retention sweep does not delete its file meanwhile
		DocumentEntity document = this.documents.lockById(options.documentId())
			.filter((found) -> found.memberId() == memberId)
			.orElseThrow(() -> new NoSuchDocument(options.documentId()));
		if (document.expired()) {
			throw new DocumentExpired(document.id());
		}
		if (options.copies() < 1 || options.copies() > this.settings.maxCopies()) {
			throw new InvalidJob("copies", "Copies go from 1 to " + this.settings.maxCopies() + ".",
					"problem.printing.job-copies", Integer.toString(this.settings.maxCopies()));
		}
		int first = (options.firstPage() != null) ? options.firstPage() : 1;
		int last = (options.lastPage() != null) ? options.lastPage() : document.pages();
		if (first < 1 || first > document.pages()) {
			throw new InvalidJob("firstPage", "The document has pages 1 to " + document.pages() + ".",
					"problem.printing.job-first-page", Integer.toString(document.pages()));
		}
		if (last < first || last > document.pages()) {
			throw new InvalidJob("lastPage", "The last page must be from " + first + " to " + document.pages() + ".",
					"problem.printing.job-last-page", Integer.toString(first), Integer.toString(document.pages()));
		}
		Instant now = this.clock.instant();
		PrintJobEntity job = new PrintJobEntity(UUID.randomUUID().toString(), memberId, document.id(), options.copies(),
				options.duplex(), first, last, this.settings.pointsPerSide(),
				options.coverSheet() ? this.settings.pointsPerPlainSide() : null, releaseCode(),
				now.plus(this.settings.holdFor()), now);
		this.jobs.save(job);
		this.points.hold(memberId, job.points(), job.holdKey(),
				"Print job: " + job.sides() + " pages" + (job.coverSheet() ? " with a cover sheet" : ""));
		this.metrics.created();
		return job.toJob();
	}

	/**
	 * Releases the member's job to the printer with this code.
	 * @throws com.adtopaper.printing.PrintingExceptions.DuplexUnsupported if the job is
	 * duplex and the printer prints one side only, with the one-sided price
	 */
	public PrintJob release(long memberId, String jobId, String printerCode) {
		return release(memberId, jobId, printerCode, false);
	}

	/**
	 * Releases the member's job to the printer with this code; with {@code oneSided} a
	 * duplex job for a printer that prints one side only prints one-sided (the member
	 * accepted its price), else it is refused.
	 */
	public PrintJob release(long memberId, String jobId, String printerCode, boolean oneSided) {
		checkVerified(memberId);
		PrintJobEntity job = own(memberId, jobId);
		this.settlement.release(job, this.printers.byCode(printerCode), oneSided);
		return job.toJob();
	}

	/** Members print once they proved they belong to their school. */
	private void checkVerified(long memberId) {
		if (this.verification.awaitsVerification(memberId)) {
			throw new MemberNotVerified();
		}
	}

	/** Cancels a job that has not started printing; its points go back. */
	public PrintJob cancel(long memberId, String jobId) {
		PrintJobEntity job = own(memberId, jobId);
		job.cancel(this.clock.instant());
		this.settlement.settle(job);
		return job.toJob();
	}

	@Transactional(readOnly = true)
	public PrintJob get(long memberId, String jobId) {
		return own(memberId, jobId).toJob();
	}

	/**
	 * Pictures (PNG) of the job's first sides as they will print, content above the ad
	 * band.
	 */
	@Transactional(readOnly = true)
	public List<byte[]> preview(long memberId, String jobId) {
		own(memberId, jobId);
		return this.renderer.preview(jobId, PREVIEW_SIDES, 60);
	}

	/** What printing costs. */
	@Transactional(readOnly = true)
	public JobPrices prices() {
		return new JobPrices(this.settings.pointsPerSide(), this.settings.pointsPerPlainSide());
	}

	/** The member's jobs, newest first. */
	@Transactional(readOnly = true)
	public Page<PrintJob> list(long memberId, int page, int size) {
		return this.jobs.findByMemberIdOrderByCreatedAtDesc(memberId, PageRequest.of(page, size))
			.map(PrintJobEntity::toJob);
	}

	private String releaseCode() {
		String code = this.codes.newReleaseCode();
		while (this.jobs.existsByReleaseCodeAndStatusIn(code, WAITING)) {
			code = this.codes.newReleaseCode();
		}
		return code;
	}

	private PrintJobEntity own(long memberId, String jobId) {
		return this.jobs.findByIdAndMemberId(jobId, memberId).orElseThrow(() -> new NoSuchJob(jobId));
	}

}
