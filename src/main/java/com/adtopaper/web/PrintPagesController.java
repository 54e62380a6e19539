package com.adtopaper.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.adtopaper.member.Members;
import com.adtopaper.platform.DomainException;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.web.PrivateDownloads;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Document;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterQueues;
import com.adtopaper.printing.Printers;
import com.adtopaper.printing.PrintingExceptions.DuplexUnsupported;
import com.adtopaper.printing.PrintingExceptions;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's printing on the web site: upload a document, make a job of it, preview it,
 * release it at a printer or cancel it. A refusal is shown on the page, with nothing
 * kept.
 */
@Controller
class PrintPagesController {

	private static final DateTimeFormatter KOREAN_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
		.withZone(ZoneId.of("Asia/Seoul"));

	private static final DateTimeFormatter KOREAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Seoul"));

	private final Documents documents;

	private final PrintJobs jobs;

	private final Points points;

	private final Members members;

	private final Printers printers;

	private final PrinterQueues queues;

	private final MessageSource messages;

	PrintPagesController(Documents documents, PrintJobs jobs, Points points, Members members, Printers printers,
			PrinterQueues queues, MessageSource messages) {
		this.queues = queues;
		this.messages = messages;
		this.documents = documents;
		this.jobs = jobs;
		this.points = points;
		this.members = members;
		this.printers = printers;
	}

	/**
	 * A job as the page lists it; a failed one says whether anything printed and why, in
	 * the member's terms (the message keys of its reason in Korean and in English), never
	 * in the printer's words. {@code charged} is what a finished job cost (for what
	 * printed), null while its points are held. {@code previews} is how many of its first
	 * sides the preview shows.
	 */
	record JobRow(PrintJob job, String created, boolean waiting, @Nullable String outcome,
			@Nullable String reasonKorean, @Nullable String reasonEnglish, @Nullable Long charged, int previews) {

		static JobRow of(PrintJob job) {
			FailureReason reason = job.failureReason();
			String outcome = (job.status() != JobStatus.FAILED) ? null
					: (job.pagesPrinted() > 0) ? "print.job.stopped" : "print.job.unprinted";
			return new JobRow(job, KOREAN_TIME.format(job.createdAt()),
					job.status() == JobStatus.HELD || job.status() == JobStatus.RELEASED, outcome,
					(reason != null) ? reason.messageKey(Locale.KOREAN) : null,
					(reason != null) ? reason.messageKey(Locale.ENGLISH) : null, charged(job),
					Math.min(job.sides(), PrintJobs.PREVIEW_SIDES));
		}

		private static @Nullable Long charged(PrintJob job) {
			return job.status().finished() ? job.pointsCharged() : null;
		}

	}

	/** A notice of the page in the language of the request (the site's bundles). */
	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** A document as the page lists it, with the day (KST) its file is deleted. */
	record DocumentRow(Document document, @Nullable String deleteOn) {

		static DocumentRow of(Document document) {
			return new DocumentRow(document,
					(document.deleteAt() != null) ? KOREAN_DAY.format(document.deleteAt()) : null);
		}

	}

	@GetMapping("/print")
	String page(CurrentAccount me, Locale locale, Model model) {
		model.addAttribute("documents", this.documents.list(me.id()).stream().map(DocumentRow::of).toList());
		model.addAttribute("retentionDays", this.documents.retention().toDays());
		List<PrintJob> jobs = this.jobs.list(me.id(), 0, 20).getContent();
		model.addAttribute("jobs", jobs.stream().map(JobRow::of).toList());
		model.addAttribute("states", jobs.stream()
			.collect(Collectors.toMap(PrintJob::id, (job) -> JobState.of(job, this.queues.position(job), locale))));
		model.addAttribute("balance", this.points.balance(me.id()));
		model.addAttribute("prices", this.jobs.prices());
		model.addAttribute("printers", this.printers.atSchool(this.members.schoolOf(me.id()).id()));
		return "web/print";
	}

	@PostMapping("/print/documents")
	String upload(CurrentAccount me, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", text("web.print.notice.choose-file"));
			return "redirect:/print";
		}
		return act(redirect, () -> text("web.print.notice.uploaded",
				this.documents.upload(me.id(), file.getOriginalFilename(), file.getInputStream()).filename()));
	}

	/** The member's own file; another member's is not found, a deleted one gone. */
	@GetMapping("/print/documents/{id}/file")
	ResponseEntity<StreamingResponseBody> file(CurrentAccount me, @PathVariable long id) {
		Document document = this.documents.get(me.id(), id);
		if (document.expiredAt() != null) {
			throw new PrintingExceptions.DocumentExpired(id);
		}
		return PrivateDownloads.attachment(document.filename(), MediaType.APPLICATION_PDF,
				(out) -> this.documents.download(me.id(), id, out));
	}

	@PostMapping("/print/documents/{id}/keep")
	String keep(CurrentAccount me, @PathVariable long id, @RequestParam boolean keep, RedirectAttributes redirect) {
		return act(redirect, () -> {
			Document document = this.documents.keep(me.id(), id, keep);
			return text(keep ? "web.print.notice.kept" : "web.print.notice.unkept", document.filename());
		});
	}

	@PostMapping("/print/jobs")
	String create(CurrentAccount me, @RequestParam long documentId, @RequestParam(defaultValue = "1") int copies,
			@RequestParam(defaultValue = "false") boolean duplex,
			@RequestParam(required = false) @Nullable Integer firstPage,
			@RequestParam(required = false) @Nullable Integer lastPage,
			@RequestParam(defaultValue = "false") boolean coverSheet, RedirectAttributes redirect) {
		// what the member typed comes back into the form if the job is refused
		redirect.addFlashAttribute("typed", new TypedJob(documentId, copies, duplex, firstPage, lastPage, coverSheet));
		return act(redirect, () -> {
			PrintJob job = this.jobs.create(me.id(),
					new JobOptions(documentId, copies, duplex, firstPage, lastPage, coverSheet));
			return text("web.print.notice.waiting", job.sides(), job.points(), job.releaseCode());
		});
	}

	/**
	 * A duplex job refused by a printer that prints one side only comes back with the
	 * offer to print it one-sided, at the price the offer shows.
	 */
	@PostMapping("/print/jobs/{id}/release")
	String release(CurrentAccount me, @PathVariable String id, @RequestParam String printerCode,
			@RequestParam(defaultValue = "false") boolean oneSided, RedirectAttributes redirect) {
		redirect.addFlashAttribute("typedRelease", new TypedRelease(id, printerCode));
		return act(redirect, () -> {
			// a mistyped printer code is the member's to correct on the page; another
			// member's job (checked first) stays not found
			try {
				PrintJob job = this.jobs.release(me.id(), id, printerCode, oneSided);
				String code = printerCode.strip().toUpperCase(Locale.ROOT);
				return (oneSided && !job.duplex()) ? text("web.print.notice.released-one-sided", code, job.points())
						: text("web.print.notice.released", code);
			}
			catch (PrintingExceptions.NoSuchPrinter ex) {
				throw new WrongPrinterCode(printerCode.strip());
			}
			catch (DuplexUnsupported ex) {
				PrintJob job = this.jobs.get(me.id(), id);
				redirect.addFlashAttribute("oneSidedOffer",
						new OneSidedOffer(id, printerCode.strip(), job.sides(), job.points()));
				throw ex;
			}
		});
	}

	/** A duplex job the member may print one-sided at the printer they chose. */
	record OneSidedOffer(String jobId, String printerCode, int sides, long points) {
	}

	@PostMapping("/print/jobs/{id}/cancel")
	String cancel(CurrentAccount me, @PathVariable String id, RedirectAttributes redirect) {
		return act(redirect, () -> {
			this.jobs.cancel(me.id(), id);
			return text("web.print.notice.cancelled");
		});
	}

	@GetMapping("/print/jobs/{id}/preview/{side}.png")
	ResponseEntity<byte[]> preview(CurrentAccount me, @PathVariable String id, @PathVariable int side) {
		List<byte[]> pictures = this.jobs.preview(me.id(), id);
		if (side < 1 || side > pictures.size()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(pictures.get(side - 1));
	}

	/**
	 * The job form's values as the member typed them (a flash attribute: kept in the
	 * session, in Redis).
	 */
	record TypedJob(long documentId, int copies, boolean duplex, @Nullable Integer firstPage,
			@Nullable Integer lastPage, boolean coverSheet) implements Serializable {
	}

	/** The printer code the member typed for a job. */
	record TypedRelease(String jobId, String printerCode) implements Serializable {
	}

	/** A printer code that names no printer: the member typed it wrong. */
	static final class WrongPrinterCode extends DomainException {

		WrongPrinterCode(String printerCode) {
			super(Kind.INVALID, null, "There is no printer with the code " + printerCode + ".",
					"web.print.notice.wrong-code", printerCode);
		}

	}

	/**
	 * Something the member asked; a refusal becomes the page's message, a 404 stays one.
	 */
	interface Action {

		String run() throws IOException;

	}

	private String act(RedirectAttributes redirect, Action action) throws RuntimeException {
		try {
			redirect.addFlashAttribute("notice", action.run());
			redirect.getFlashAttributes().remove("typed");
			redirect.getFlashAttributes().remove("typedRelease");
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("problem", text("web.print.notice.upload-broken"));
		}
		return "redirect:/print";
	}

}
