package com.adtopaper.printerapi;

import java.io.IOException;
import java.time.Duration;

import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.PrintingExceptions.JobStateConflict;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * A printer takes the jobs released to it, one at a time, downloads each and reports how
 * it prints. Only the job's printer sees a job; to any other it does not exist.
 */
@RestController
class PrintJobsController {

	private final PrinterJobs jobs;

	private final JobWaiters waiters;

	PrintJobsController(PrinterJobs jobs, JobWaiters waiters) {
		this.jobs = jobs;
		this.waiters = waiters;
	}

	record Report(@NotNull @Min(0) Integer pagesPrinted) {
	}

	/**
	 * @param pagesPrinted sides printed before it stopped
	 * @param reason what the printer said, for partners and operators
	 * @param code why, as a {@link FailureReason} the member is shown (an agent older
	 * than the codes sends none, and an unknown one counts as none: the reason is then
	 * read from its words)
	 */
	record Failure(@NotNull @Min(0) Integer pagesPrinted, @NotBlank @Size(max = 200) String reason,
			@Nullable @Size(max = 40) String code) {
	}

	/** The next job, at once or as soon as one is released, else 204 after the wait. */
	@ApiResponse(responseCode = "204", description = "No job was released to the printer within the wait.")
	@ApiResponse(responseCode = "200", description = "The job, claimed by this printer.", useReturnTypeSchema = true)
	@GetMapping("/printer/v1/jobs/next")
	DeferredResult<ResponseEntity<JobView>> next(@AuthenticationPrincipal PrinterPrincipal printer,
			@RequestParam(defaultValue = "25") @Min(0) @Max(25) int wait) {
		return this.waiters.poll(printer.printerId(), Duration.ofSeconds(wait));
	}

	/**
	 * The PDF as it prints, streamed: a job of hundreds of pages is never held in memory.
	 */
	@ApiResponse(responseCode = "200", description = "The job's PDF, streamed.",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/printer/v1/jobs/{id}/document")
	void document(@AuthenticationPrincipal PrinterPrincipal printer, @PathVariable String id,
			HttpServletResponse response) throws IOException {
		PrintJob job = this.jobs.get(printer.printerId(), id);
		if (job.status().finished()) {
			// the domain refuses it as well, but only once the PDF's headers are out
			throw new JobStateConflict(job.status(), "downloaded");
		}
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + id + ".pdf\"");
		this.jobs.download(printer.printerId(), id, response.getOutputStream());
	}

	@PostMapping("/printer/v1/jobs/{id}/progress")
	JobView progress(@AuthenticationPrincipal PrinterPrincipal printer, @PathVariable String id,
			@Valid @RequestBody Report report) {
		return JobView.of(this.jobs.progress(printer.printerId(), id, report.pagesPrinted()));
	}

	@PostMapping("/printer/v1/jobs/{id}/complete")
	JobView complete(@AuthenticationPrincipal PrinterPrincipal printer, @PathVariable String id,
			@Valid @RequestBody Report report) {
		return JobView.of(this.jobs.complete(printer.printerId(), id, report.pagesPrinted()));
	}

	@PostMapping("/printer/v1/jobs/{id}/fail")
	JobView fail(@AuthenticationPrincipal PrinterPrincipal printer, @PathVariable String id,
			@Valid @RequestBody Failure failure) {
		return JobView
			.of(this.jobs.fail(printer.printerId(), id, failure.pagesPrinted(), failure.code(), failure.reason()));
	}

}
