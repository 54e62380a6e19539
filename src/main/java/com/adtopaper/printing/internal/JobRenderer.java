package com.adtopaper.printing.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import com.adtopaper.platform.blob.PrivateBlobStore;
import com.adtopaper.printing.JobAudience;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintingExceptions.DocumentExpired;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders a claimed job once: the member's audience looked up, the ad of every side
 * chosen for it, both kept with the job (so each printed side is charged to the campaign
 * whose ad it carried, and attributed to the audience it was chosen for), the pages
 * composed with their bands into a PDF kept in the private blob store, from where each
 * download streams it, until the job ends ({@link RenderedJobCleanup}).
 */
@Component
public class JobRenderer {

	private final PrintJobRepository jobs;

	private final DocumentRepository documents;

	private final PrivateBlobStore blobs;

	private final PrintRenderer renderer;

	private final PageAds ads;

	private final PreviewRenderer previews;

	JobRenderer(PrintJobRepository jobs, DocumentRepository documents, PrivateBlobStore blobs, PrintRenderer renderer,
			PageAds ads, PreviewRenderer previews) {
		this.previews = previews;
		this.jobs = jobs;
		this.documents = documents;
		this.blobs = blobs;
		this.renderer = renderer;
		this.ads = ads;
	}

	/**
	 * The blob key of the job's rendered PDF, rendering it first if needed. The job's row
	 * is locked meanwhile, so two downloads at once render it once.
	 */
	@Transactional
	public String rendered(String jobId) {
		PrintJobEntity job = this.jobs.lockById(jobId).orElseThrow();
		if (job.renderedKey() != null) {
			return job.renderedKey();
		}
		DocumentEntity document = this.documents.findById(job.documentId()).orElseThrow();
		// the audience is looked up once, here: the sides print for who the member was
		// now
		@Nullable JobAudience audience = this.ads.audience(job.memberId()).orElse(null);
		List<PageAd> sides = this.ads.choose(job, audience);
		String key = "jobs/" + job.id() + ".pdf";
		TemporaryCopies.of(this.blobs, document.blobKey(), () -> missing(document), (source) -> {
			Path output = Files.createTempFile("job", ".pdf");
			try {
				try (OutputStream out = Files.newOutputStream(output)) {
					this.renderer.render(source, job.sheets(), (side) -> sides.get(side - 1).band(), out);
				}
				this.blobs.put(key, output, "application/pdf");
				return key;
			}
			finally {
				TemporaryCopies.delete(output);
			}
		});
		job.rendered(key, audience, sides);
		return key;
	}

	/**
	 * Pictures of the job's first sides as they will print. The ads are not chosen until
	 * the job is rendered for its printer (the printer and the time decide them), so the
	 * band shows an ad the member's sides would likely carry ({@link PageAds#example}),
	 * or the house ad where none would.
	 */
	@Transactional(readOnly = true)
	public List<byte[]> preview(String jobId, int sides, float dpi) {
		PrintJobEntity job = this.jobs.findById(jobId).orElseThrow();
		DocumentEntity document = this.documents.findById(job.documentId()).orElseThrow();
		if (document.expired()) {
			throw new DocumentExpired(document.id());
		}
		AdBand band = this.ads.example(job.memberId());
		// a hand-in-safe job's ad is on its cover, its first side, only
		IntFunction<@Nullable AdBand> bands = (side) -> (!job.coverSheet() || side == 1) ? band : null;
		return TemporaryCopies.of(this.blobs, document.blobKey(), () -> missing(document),
				(source) -> this.previews.preview(source, pages(job, sides), bands, dpi));
	}

	/** Streams the job's rendered PDF to {@code out}. */
	public void write(String key, OutputStream out) {
		TemporaryCopies.write(this.blobs, key,
				() -> new IllegalStateException("The rendered file " + key + " is missing"), out);
	}

	/**
	 * What the job's first {@code limit} sides print, in order: the document's page
	 * numbers, and {@link PrintJob#COVER} for its cover sheet.
	 */
	private static List<Integer> pages(PrintJobEntity job, int limit) {
		return job.sheets().stream().filter((sheet) -> sheet != PrintJob.BLANK).limit(limit).toList();
	}

	private static IllegalStateException missing(DocumentEntity document) {
		return new IllegalStateException("The file of document " + document.id() + " is missing");
	}

}
