package com.adtopaper.printing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.adtopaper.platform.blob.PrivateBlobStore;
import com.adtopaper.printing.PrintingExceptions.DocumentExpired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders a claimed job once: the ad of every side chosen and kept (so each printed side
 * is charged to the campaign whose ad it carried), the pages composed with their bands
 * into a PDF kept in the private blob store, from where each download streams it, until
 * the job ends ({@link RenderedJobCleanup}).
 */
@Component
public class JobRenderer {

	private final PrintJobRepository jobs;

	private final DocumentRepository documents;

	private final PrivateBlobStore blobs;

	private final PrintRenderer renderer;

	private final PageAds ads;

	private final PreviewRenderer previews;

	private final JdbcTemplate jdbc;

	JobRenderer(PrintJobRepository jobs, DocumentRepository documents, PrivateBlobStore blobs, PrintRenderer renderer,
			PageAds ads, PreviewRenderer previews, JdbcTemplate jdbc) {
		this.previews = previews;
		this.jobs = jobs;
		this.documents = documents;
		this.blobs = blobs;
		this.renderer = renderer;
		this.ads = ads;
		this.jdbc = jdbc;
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
		Path source = null;
		Path output = null;
		try {
			source = Files.createTempFile("document", ".pdf");
			if (!this.blobs.copyTo(document.blobKey(), source)) {
				throw new IllegalStateException("The file of document " + document.id() + " is missing");
			}
			List<Integer> pages = new ArrayList<>(job.sides());
			for (int copy = 0; copy < job.copies(); copy++) {
				for (int page = job.firstPage(); page <= job.lastPage(); page++) {
					pages.add(page);
				}
			}
			List<PageAd> sides = this.ads.choose(job);
			output = Files.createTempFile("job", ".pdf");
			try (OutputStream out = Files.newOutputStream(output)) {
				this.renderer.render(source, pages, (side) -> sides.get(side - 1).band(), out);
			}
			String key = "jobs/" + job.id() + ".pdf";
			this.blobs.put(key, output, "application/pdf");
			List<Object[]> rows = new ArrayList<>(sides.size());
			for (int side = 1; side <= sides.size(); side++) {
				PageAd ad = sides.get(side - 1);
				rows.add(new Object[] { job.id(), side, ad.campaignId(), ad.creativeId(), ad.price() });
			}
			this.jdbc.batchUpdate(
					"INSERT INTO print_job_pages (job_id, page, campaign_id, creative_id, price) VALUES (?, ?, ?, ?, ?)",
					rows);
			job.rendered(key);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(source);
			delete(output);
		}
	}

	/**
	 * Pictures of the job's first sides as they will print. The ads are not chosen until
	 * the job prints (the printer and the time decide them), so the band shows the house
	 * ad in their place.
	 */
	@Transactional(readOnly = true)
	public List<byte[]> preview(String jobId, int sides, float dpi) {
		PrintJobEntity job = this.jobs.findById(jobId).orElseThrow();
		DocumentEntity document = this.documents.findById(job.documentId()).orElseThrow();
		if (document.expired()) {
			throw new DocumentExpired(document.id());
		}
		Path source = null;
		try {
			source = Files.createTempFile("document", ".pdf");
			if (!this.blobs.copyTo(document.blobKey(), source)) {
				throw new IllegalStateException("The file of document " + document.id() + " is missing");
			}
			List<Integer> pages = new ArrayList<>();
			for (int copy = 0; copy < job.copies() && pages.size() < sides; copy++) {
				for (int page = job.firstPage(); page <= job.lastPage() && pages.size() < sides; page++) {
					pages.add(page);
				}
			}
			AdBand band = this.ads.example(job.memberId());
			return this.previews.preview(source, pages, (side) -> band, dpi);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(source);
		}
	}

	/** Streams the job's rendered PDF to {@code out}. */
	public void write(String key, OutputStream out) {
		Path file = null;
		try {
			file = Files.createTempFile("job", ".pdf");
			if (!this.blobs.copyTo(key, file)) {
				throw new IllegalStateException("The rendered file " + key + " is missing");
			}
			Files.copy(file, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(file);
		}
	}

	private static void delete(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file: the system's cleaner gets it
			}
		}
	}

}
