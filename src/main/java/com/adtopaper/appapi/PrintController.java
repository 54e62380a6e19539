package com.adtopaper.appapi;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import com.adtopaper.platform.blob.PrivateBlobStore.SignedLink;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.web.PageResponse;
import com.adtopaper.platform.web.PrivateDownloads;
import com.adtopaper.printing.Document;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrintingExceptions.InvalidDocument;
import com.adtopaper.printing.PrintingExceptions;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The member's printing from the app: upload a document, make a job of it (its points
 * held), preview it, release it at a printer by the printer's code, follow or cancel it.
 */
@RestController
class PrintController {

	private final Documents documents;

	private final PrintJobs jobs;

	private final MessageSource messages;

	PrintController(Documents documents, PrintJobs jobs, MessageSource messages) {
		this.documents = documents;
		this.jobs = jobs;
		this.messages = messages;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/api/v1/me/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Document> upload(CurrentAccount me,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidDocument("Choose a PDF, JPEG or PNG file to upload.", "problem.printing.document-choose");
		}
		Document document = this.documents.upload(me.id(), file.getOriginalFilename(), file.getInputStream());
		return ResponseEntity.created(URI.create("/api/v1/me/documents/" + document.id())).body(document);
	}

	@GetMapping("/api/v1/me/documents")
	List<Document> documents(CurrentAccount me) {
		return this.documents.list(me.id());
	}

	@GetMapping("/api/v1/me/documents/{id}")
	Document document(CurrentAccount me, @PathVariable long id) {
		return this.documents.get(me.id(), id);
	}

	/**
	 * The member's own file; nothing on the way may keep a copy. Another member's is not
	 * found, a deleted one is gone (410).
	 */
	@ApiResponse(responseCode = "410", description = "The file was deleted (after the retention period).")
	@ApiResponse(responseCode = "200", description = "The file, as uploaded.",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/me/documents/{id}/file")
	ResponseEntity<StreamingResponseBody> file(CurrentAccount me, @PathVariable long id) {
		Document document = this.documents.get(me.id(), id);
		if (document.expiredAt() != null) {
			throw new PrintingExceptions.DocumentExpired(id);
		}
		return PrivateDownloads.attachment(document.filename(), MediaType.APPLICATION_PDF,
				(out) -> this.documents.download(me.id(), id, out));
	}

	/** A download link that works for a few minutes with no other credential. */
	@GetMapping("/api/v1/me/documents/{id}/link")
	ResponseEntity<SignedLink> link(CurrentAccount me, @PathVariable long id) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(this.documents.link(me.id(), id));
	}

	record KeepRequest(@NotNull Boolean keep) {
	}

	/** Keeps the document past the retention period ({@code keep: true}), or not. */
	@PutMapping("/api/v1/me/documents/{id}/keep")
	Document keep(CurrentAccount me, @PathVariable long id, @Valid @RequestBody KeepRequest request) {
		return this.documents.keep(me.id(), id, request.keep());
	}

	record JobRequest(@NotNull Long documentId, @Nullable @Min(1) Integer copies, @Nullable Boolean duplex,
			@Nullable @Min(1) Integer firstPage, @Nullable @Min(1) Integer lastPage, @Nullable Boolean coverSheet) {

		JobOptions toOptions() {
			return new JobOptions(this.documentId, (this.copies != null) ? this.copies : 1,
					Boolean.TRUE.equals(this.duplex), this.firstPage, this.lastPage,
					Boolean.TRUE.equals(this.coverSheet));
		}

	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/me/jobs")
	ResponseEntity<AppJob> create(CurrentAccount me, @Valid @RequestBody JobRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
		PrintJob job = this.jobs.create(me.id(), request.toOptions());
		return ResponseEntity.created(URI.create("/api/v1/me/jobs/" + job.id())).body(view(job, language));
	}

	@GetMapping("/api/v1/me/jobs")
	PageResponse<AppJob> jobs(CurrentAccount me,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
		return PageResponse.of(this.jobs.list(me.id(), page, size).map((job) -> view(job, language)));
	}

	@GetMapping("/api/v1/me/jobs/{id}")
	AppJob job(CurrentAccount me, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
		return view(this.jobs.get(me.id(), id), language);
	}

	@GetMapping(path = "/api/v1/me/jobs/{id}/preview/{side}", produces = MediaType.IMAGE_PNG_VALUE)
	byte[] preview(CurrentAccount me, @PathVariable String id, @PathVariable @Min(1) @Max(3) int side) {
		List<byte[]> pictures = this.jobs.preview(me.id(), id);
		if (side > pictures.size()) {
			throw new InvalidJobSide(side, pictures.size());
		}
		return pictures.get(side - 1);
	}

	/**
	 * @param oneSided the member accepts that a duplex job prints one-sided (at the price
	 * the refusal without it named) on a printer that prints one side only
	 */
	record ReleaseRequest(@NotBlank @Size(max = 12) String printerCode, @Nullable Boolean oneSided) {
	}

	@PostMapping("/api/v1/me/jobs/{id}/release")
	AppJob release(CurrentAccount me, @PathVariable String id, @Valid @RequestBody ReleaseRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
		return view(this.jobs.release(me.id(), id, request.printerCode(), Boolean.TRUE.equals(request.oneSided())),
				language);
	}

	@PostMapping("/api/v1/me/jobs/{id}/cancel")
	AppJob cancel(CurrentAccount me, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
		return view(this.jobs.cancel(me.id(), id), language);
	}

	private AppJob view(PrintJob job, @Nullable String language) {
		return AppJob.of(job, this.messages, language);
	}

	/** A preview of a side the job does not have. */
	static final class InvalidJobSide extends com.adtopaper.platform.DomainException {

		InvalidJobSide(int side, int sides) {
			super(Kind.NOT_FOUND, null, "The preview has sides 1 to " + sides + "; there is no side " + side + ".",
					null, Integer.toString(sides), Integer.toString(side));
		}

	}

}
