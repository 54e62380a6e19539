package com.adtopaper.printing;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.adtopaper.member.Members;
import com.adtopaper.points.Points;
import com.adtopaper.printing.PrintingExceptions.DocumentExpired;
import com.adtopaper.printing.PrintingExceptions.InvalidJob;
import com.adtopaper.printing.PrintingExceptions.JobStateConflict;
import com.adtopaper.printing.PrintingExceptions.MemberNotVerified;
import com.adtopaper.printing.PrintingExceptions.NoSuchDocument;
import com.adtopaper.printing.PrintingExceptions.NoSuchJob;
import com.adtopaper.printing.PrintingExceptions.PrinterUnavailable;
import com.adtopaper.printing.internal.DocumentEntity;
import com.adtopaper.printing.internal.DocumentRepository;
import com.adtopaper.printing.internal.JobRenderer;
import com.adtopaper.printing.internal.PrintJobEntity;
import com.adtopaper.printing.internal.PrintJobRepository;
import com.adtopaper.printing.internal.PrintJobSettings;
import com.adtopaper.printing.internal.PrinterSecrets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Print jobs, from the member's side (create, release at a printer, cancel, follow) and
 * the printer's (claim, report progress, complete or fail). A job's points are held when
 * it is created and charged for the sides that printed; the rest go back when it
 * completes, fails, is cancelled or expires. A printer sees only the jobs released to it;
 * a member only their own.
 */
@Service
@Transactional
public class PrintJobs {

	private static final EnumSet<JobStatus> WAITING = EnumSet.of(JobStatus.HELD, JobStatus.RELEASED);

	private final PrintJobRepository jobs;

	private final DocumentRepository documents;

	private final Printers printers;

	private final Points points;

	private final PrinterSecrets codes;

	private final PrintJobSettings settings;

	private final ApplicationEventPublisher events;

	private final JobRenderer renderer;

	private final Clock clock;

	private final Members members;

	PrintJobs(PrintJobRepository jobs, DocumentRepository documents, Printers printers, Points points,
			PrinterSecrets codes, PrintJobSettings settings, ApplicationEventPublisher events, JobRenderer renderer,
			Clock clock, Members members) {
		this.members = members;
		this.renderer = renderer;
		this.jobs = jobs;
		this.documents = documents;
		this.printers = printers;
		this.points = points;
		this.codes = codes;
		this.settings = settings;
		this.events = events;
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
			throw new InvalidJob("copies", "Copies go from 1 to " + this.settings.maxCopies() + ".");
		}
		int first = (options.firstPage() != null) ? options.firstPage() : 1;
		int last = (options.lastPage() != null) ? options.lastPage() : document.pages();
		if (first < 1 || first > document.pages()) {
			throw new InvalidJob("firstPage", "The document has pages 1 to " + document.pages() + ".");
		}
		if (last < first || last > document.pages()) {
			throw new InvalidJob("lastPage", "The last page must be from " + first + " to " + document.pages() + ".");
		}
		Instant now = this.clock.instant();
		PrintJobEntity job = new PrintJobEntity(UUID.randomUUID().toString(), memberId, document.id(), options.copies(),
				options.duplex(), first, last, this.settings.pointsPerSide(), releaseCode(),
				now.plus(this.settings.holdFor()), now);
		this.jobs.save(job);
		this.points.hold(memberId, job.points(), job.holdKey(), "Print job: " + job.sides() + " pages");
		return job.toJob();
	}

	/** Releases the member's job to the printer with this code. */
	public PrintJob release(long memberId, String jobId, String printerCode) {
		checkVerified(memberId);
		PrintJobEntity job = own(memberId, jobId);
		Printer printer = this.printers.byCode(printerCode);
		return release(job, printer);
	}

	/**
	 * Releases the held job with this release code to the printer it was typed at.
	 * Guessing is throttled by the printer API.
	 */
	public PrintJob releaseByCode(long printerId, String releaseCode) {
		PrintJobEntity job = this.jobs.findByReleaseCodeAndStatus(releaseCode.strip(), JobStatus.HELD)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NoSuchJob("with code " + releaseCode.strip()));
		return release(job, this.printers.get(printerId));
	}

	/** Members print once they proved they belong to their school. */
	private void checkVerified(long memberId) {
		if (this.members.awaitsVerification(memberId)) {
			throw new MemberNotVerified();
		}
	}

	private PrintJob release(PrintJobEntity job, Printer printer) {
		if (!printer.status().canPrint()) {
			throw new PrinterUnavailable(printer.code());
		}
		job.release(printer.id(), this.clock.instant());
		this.events.publishEvent(new JobReleased(job.id(), printer.id()));
		return job.toJob();
	}

	/** Cancels a job that has not started printing; its points go back. */
	public PrintJob cancel(long memberId, String jobId) {
		PrintJobEntity job = own(memberId, jobId);
		job.cancel(this.clock.instant());
		settle(job);
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
		return this.renderer.preview(jobId, 3, 60);
	}

	/** The member's jobs, newest first. */
	@Transactional(readOnly = true)
	public Page<PrintJob> list(long memberId, int page, int size) {
		return this.jobs.findByMemberIdOrderByCreatedAtDesc(memberId, PageRequest.of(page, size))
			.map(PrintJobEntity::toJob);
	}

	/**
	 * Claims the oldest job released to the printer, if there is one; of several requests
	 * at once, each job goes to exactly one.
	 */
	public Optional<PrintJob> claimNext(long printerId) {
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
	public PrintJob forPrinter(long printerId, String jobId) {
		return printers(printerId, jobId).toJob();
	}

	/**
	 * Writes the job's PDF, as it prints (every side with its ad), to its printer;
	 * renders it on the first download. Outside a transaction: a download of tens of
	 * megabytes holds no database connection.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void download(long printerId, String jobId, OutputStream out) {
		PrintJob job = forPrinter(printerId, jobId);
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
		printed(job, printerId, before);
		return job.toJob();
	}

	/** The printer is done with the job, {@code printed} sides printed. */
	public PrintJob complete(long printerId, String jobId, int printed) {
		PrintJobEntity job = printers(printerId, jobId);
		int before = job.pagesPrinted();
		job.complete(printed, this.clock.instant());
		printed(job, printerId, before);
		settle(job);
		return job.toJob();
	}

	/** The printer gave up on the job after {@code printed} sides. */
	public PrintJob fail(long printerId, String jobId, int printed, String reason) {
		PrintJobEntity job = printers(printerId, jobId);
		int before = job.pagesPrinted();
		job.fail(printed, reason.isBlank() ? "The printer failed." : reason.strip(), this.clock.instant());
		printed(job, printerId, before);
		settle(job);
		return job.toJob();
	}

	/** Expires one unreleased job past its time; false if it is not due. */
	public boolean expire(String jobId) {
		PrintJobEntity job = this.jobs.findById(jobId).orElseThrow(() -> new NoSuchJob(jobId));
		if (!job.expire(this.clock.instant())) {
			return false;
		}
		settle(job);
		return true;
	}

	/** Gives up on one claimed job whose printer went silent. */
	public void reclaim(String jobId) {
		PrintJobEntity job = this.jobs.findById(jobId).orElseThrow(() -> new NoSuchJob(jobId));
		if (job.silent(this.settings.maxReclaims(), this.clock.instant())) {
			this.events.publishEvent(new JobReleased(job.id(), job.printerId()));
		}
		else {
			settle(job);
		}
	}

	@Transactional(readOnly = true)
	public List<String> expiredJobs() {
		return this.jobs.expired(this.clock.instant(), PageRequest.of(0, 500));
	}

	@Transactional(readOnly = true)
	public List<String> silentJobs() {
		return this.jobs.silentSince(this.clock.instant().minus(this.settings.silentAfter()), PageRequest.of(0, 500));
	}

	private void printed(PrintJobEntity job, long printerId, int before) {
		if (job.pagesPrinted() > before) {
			this.events.publishEvent(new PagesPrinted(job.id(), job.memberId(), printerId, before + 1,
					job.pagesPrinted(), this.clock.instant()));
		}
	}

	/** Charges what printed and gives the rest back. */
	private void settle(PrintJobEntity job) {
		long charged = job.pointsCharged();
		if (charged > 0) {
			this.points.charge(job.holdKey(), charged, job.holdKey() + ":charge",
					"Printed " + job.pagesPrinted() + " pages");
		}
		int unprinted = job.sides() - job.pagesPrinted();
		this.points.release(job.holdKey(), job.holdKey() + ":release",
				unprinted + " pages not printed (" + job.status().name().toLowerCase() + ")");
		this.events.publishEvent(new JobFinished(job.id(), job.memberId(), job.status(), job.pagesPrinted(), charged,
				job.points() - charged));
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

	private PrintJobEntity printers(long printerId, String jobId) {
		return this.jobs.findById(jobId)
			.filter((job) -> job.printerId() != null && job.printerId() == printerId
					&& job.status() != JobStatus.RELEASED && job.status() != JobStatus.HELD)
			.orElseThrow(() -> new NoSuchJob(jobId));
	}

}
