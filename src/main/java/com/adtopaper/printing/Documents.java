package com.adtopaper.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.adtopaper.platform.blob.PrivateBlobStore.SignedLink;
import com.adtopaper.platform.blob.PrivateBlobStore;
import com.adtopaper.printing.PrintingExceptions.DocumentExpired;
import com.adtopaper.printing.PrintingExceptions.InvalidDocument;
import com.adtopaper.printing.PrintingExceptions.NoSuchDocument;
import com.adtopaper.printing.internal.DocumentEntity;
import com.adtopaper.printing.internal.DocumentInspector;
import com.adtopaper.printing.internal.DocumentRepository;
import com.adtopaper.printing.internal.DocumentRetentionSettings;
import com.adtopaper.printing.internal.InspectedDocument;
import com.adtopaper.printing.internal.PrintingSettings;
import com.adtopaper.printing.internal.TemporaryCopies;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' documents: each upload is checked before anything is kept (type by content,
 * size, password, damage, page count), then kept as a PDF in the private blob store. A
 * refused upload leaves nothing behind. Only the member reads the file (or the printer,
 * through its job); it is deleted after the retention period unless the member keeps it.
 */
@Service
public class Documents {

	private final DocumentInspector inspector;

	private final DocumentRepository documents;

	private final PrivateBlobStore blobs;

	private final PrintingSettings settings;

	private final DocumentRetentionSettings retention;

	private final Clock clock;

	Documents(DocumentInspector inspector, DocumentRepository documents, PrivateBlobStore blobs,
			PrintingSettings settings, DocumentRetentionSettings retention, Clock clock) {
		this.inspector = inspector;
		this.documents = documents;
		this.blobs = blobs;
		this.settings = settings;
		this.retention = retention;
		this.clock = clock;
	}

	/**
	 * The name to show for an upload: its last path segment (a browser may send a Windows
	 * path), without control or direction-override characters (a NUL made {@code Path.of}
	 * fail), at most the column's 255 characters.
	 */
	static String displayName(@Nullable String filename) {
		String name = (filename == null) ? ""
				: filename.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").replaceAll(".*[/\\\\]", "").strip();
		if (name.isEmpty()) {
			return "document";
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	/** Checks and keeps an upload, read from {@code content} into a temporary file. */
	@Transactional
	public Document upload(long memberId, @Nullable String filename, InputStream content) {
		String name = displayName(filename);
		Path upload = null;
		InspectedDocument inspected = null;
		try {
			upload = Files.createTempFile("upload", ".bin");
			long limit = this.settings.maxFileSize().toBytes();
			long size;
			try (var out = Files.newOutputStream(upload)) {
				size = content.transferTo(new LimitedOutputStream(out, limit));
			}
			catch (LimitedOutputStream.LimitExceeded ex) {
				long megabytes = this.settings.maxFileSize().toMegabytes();
				throw new InvalidDocument(
						"The file is larger than " + megabytes + " MB; split it or make it smaller and upload again.",
						"problem.printing.document-too-large", Long.toString(megabytes));
			}
			if (size == 0) {
				throw new InvalidDocument("The file is empty.", "problem.printing.document-empty");
			}
			inspected = this.inspector.inspect(upload, name);
			String key = "documents/" + memberId + "/" + UUID.randomUUID() + ".pdf";
			long bytes = Files.size(inspected.pdf());
			DocumentEntity document = this.documents
				.save(new DocumentEntity(memberId, key, name, inspected.pages(), bytes, this.clock.instant()));
			// the row commits only if the file is stored; a file stored for a failed
			// commit is an orphan nobody can reach, never a row without its file
			this.blobs.put(key, inspected.pdf(), "application/pdf");
			return document.toDocument(this.retention.documentRetention());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			TemporaryCopies.delete(upload);
			if (inspected != null) {
				TemporaryCopies.delete(inspected.pdf());
			}
		}
	}

	@Transactional(readOnly = true)
	public List<Document> list(long memberId) {
		return this.documents.findTop50ByMemberIdOrderByIdDesc(memberId)
			.stream()
			.map((document) -> document.toDocument(this.retention.documentRetention()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Document get(long memberId, long documentId) {
		return own(memberId, documentId).toDocument(this.retention.documentRetention());
	}

	/**
	 * Writes the member's document file to {@code out}; another member's is not found, a
	 * deleted one is gone. Outside a transaction: a file of tens of megabytes holds no
	 * database connection.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void download(long memberId, long documentId, OutputStream out) {
		DocumentEntity document = readable(memberId, documentId);
		TemporaryCopies.write(this.blobs, document.blobKey(), () -> new DocumentExpired(documentId), out);
	}

	/**
	 * A short-lived link that downloads the member's document with no other credential.
	 */
	@Transactional(readOnly = true)
	public SignedLink link(long memberId, long documentId) {
		DocumentEntity document = readable(memberId, documentId);
		return this.blobs.signedLink(document.blobKey(), document.filename(), this.retention.linkValidity());
	}

	/** Keeps the document's file past the retention period, or lets it go after all. */
	@Transactional
	public Document keep(long memberId, long documentId, boolean keep) {
		DocumentEntity document = own(memberId, documentId);
		document.keep(keep);
		return document.toDocument(this.retention.documentRetention());
	}

	/**
	 * Deletes every file of a member who deleted their account, and the names they gave
	 * them; the rows stay as what their print jobs printed. Deleting twice is harmless.
	 * @return how many documents
	 */
	@Transactional
	public int eraseAllOf(long memberId) {
		List<DocumentEntity> all = this.documents.findByMemberId(memberId);
		for (DocumentEntity document : all) {
			this.blobs.delete(document.blobKey());
			document.erase(this.clock.instant());
		}
		return all.size();
	}

	/** How long a document's file is kept unless its member keeps it. */
	public java.time.Duration retention() {
		return this.retention.documentRetention();
	}

	/** Documents whose file is due for deletion now, oldest first (at most 500). */
	@Transactional(readOnly = true)
	public List<Long> dueForDeletion() {
		Instant before = this.clock.instant().minus(this.retention.documentRetention());
		return this.documents.dueForDeletion(before, PageRequest.of(0, 500));
	}

	/**
	 * Deletes one document's file and marks it expired, if it is still due (the member
	 * may have kept it, or made a job of it, meanwhile: the row is locked, as a new job
	 * locks it). A delete that fails leaves the row for the next sweep; a commit that
	 * fails after the delete leaves it too, and deleting again is harmless.
	 */
	@Transactional
	public boolean expire(long documentId) {
		DocumentEntity document = this.documents.lockById(documentId).orElse(null);
		Instant before = this.clock.instant().minus(this.retention.documentRetention());
		if (document == null || !this.documents.isDueForDeletion(documentId, before)) {
			return false;
		}
		this.blobs.delete(document.blobKey());
		document.expire(this.clock.instant());
		return true;
	}

	private DocumentEntity own(long memberId, long documentId) {
		return this.documents.findByIdAndMemberId(documentId, memberId)
			.orElseThrow(() -> new NoSuchDocument(documentId));
	}

	private DocumentEntity readable(long memberId, long documentId) {
		DocumentEntity document = own(memberId, documentId);
		if (document.expired()) {
			throw new DocumentExpired(documentId);
		}
		return document;
	}

}
