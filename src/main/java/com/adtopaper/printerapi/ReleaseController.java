package com.adtopaper.printerapi;

import com.adtopaper.printing.Documents;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.PrintingExceptions.NoSuchJob;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member types a job's release code at the printer (for members without the app at
 * hand); the printer's agent passes it on, and shows the job (with its document's name)
 * as it prints. Wrong codes are throttled per printer.
 */
@RestController
class ReleaseController {

	private final PrinterJobs jobs;

	private final Documents documents;

	private final ReleaseThrottle throttle;

	private final MessageSource messages;

	ReleaseController(PrinterJobs jobs, Documents documents, ReleaseThrottle throttle, MessageSource messages) {
		this.jobs = jobs;
		this.documents = documents;
		this.throttle = throttle;
		this.messages = messages;
	}

	record Release(
			@NotNull @Pattern(regexp = "\\s*[0-9]{6}\\s*", message = "must be the job's six digits") String code) {
	}

	@ApiResponse(responseCode = "429",
			description = "Too many wrong codes at this printer; Retry-After tells when to try again.")
	@ApiResponse(responseCode = "200", description = "The job, released to this printer.", useReturnTypeSchema = true)
	@PostMapping("/printer/v1/release")
	ReleasedJobView release(@AuthenticationPrincipal PrinterPrincipal printer, @Valid @RequestBody Release release) {
		this.throttle.checkAllowed(printer.printerId());
		try {
			return view(this.jobs.releaseByCode(printer.printerId(), release.code()));
		}
		catch (NoSuchJob ex) {
			this.throttle.wrongCode(printer.printerId());
			throw ex;
		}
	}

	/** A job released to this printer, as it prints; to any other printer it is 404. */
	@GetMapping("/printer/v1/jobs/{id}")
	ReleasedJobView job(@AuthenticationPrincipal PrinterPrincipal printer, @PathVariable String id) {
		return view(this.jobs.releasedTo(printer.printerId(), id));
	}

	private ReleasedJobView view(PrintJob job) {
		return ReleasedJobView.of(job, this.documents.get(job.memberId(), job.documentId()).filename());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> throttled(ReleaseThrottle.Throttled ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					this.messages.getMessage(ReleaseThrottle.Throttled.WORDS, new Object[] { ex.retryAfterMinutes() },
							LocaleContextHolder.getLocale())));
	}

}
