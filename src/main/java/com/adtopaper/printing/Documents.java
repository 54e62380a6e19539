package com.adtopaper.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.adtopaper.platform.blob.BlobStore;
import com.adtopaper.printing.PrintingExceptions.InvalidDocument;
import com.adtopaper.printing.PrintingExceptions.NoSuchDocument;
import com.adtopaper.printing.internal.DocumentEntity;
import com.adtopaper.printing.internal.DocumentInspector;
import com.adtopaper.printing.internal.DocumentRepository;
import com.adtopaper.printing.internal.InspectedDocument;
import com.adtopaper.printing.internal.PrintingSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' documents: each upload is checked before anything is kept (type by content,
 * size, password, damage, page count), then kept as a PDF in the blob store. A refused
 * upload leaves nothing behind.
 */
@Service
public class Documents {

	private final DocumentInspector inspector;

	private final DocumentRepository documents;

	private final BlobStore blobs;

	private final PrintingSettings settings;

	private final Clock clock;

	Documents(DocumentInspector inspector, DocumentRepository documents, BlobStore blobs, PrintingSettings settings,
			Clock clock) {
		this.inspector = inspector;
		this.documents = documents;
		this.blobs = blobs;
		this.settings = settings;
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
				throw new InvalidDocument("The file is larger than " + this.settings.maxFileSize().toMegabytes()
						+ " MB; split it or make it smaller and upload again.");
			}
			if (size == 0) {
				throw new InvalidDocument("The file is empty.");
			}
			inspected = this.inspector.inspect(upload, name);
			String key = "documents/" + memberId + "/" + UUID.randomUUID() + ".pdf";
			long bytes = Files.size(inspected.pdf());
			DocumentEntity document = this.documents
				.save(new DocumentEntity(memberId, key, name, inspected.pages(), bytes, this.clock.instant()));
			// the row commits only if the file is stored; a file stored for a failed
			// commit is an orphan nobody can reach, never a row without its file
			this.blobs.put(key, inspected.pdf(), "application/pdf");
			return document.toDocument();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(upload);
			if (inspected != null) {
				delete(inspected.pdf());
			}
		}
	}

	@Transactional(readOnly = true)
	public List<Document> list(long memberId) {
		return this.documents.findTop50ByMemberIdOrderByIdDesc(memberId)
			.stream()
			.map(DocumentEntity::toDocument)
			.toList();
	}

	@Transactional(readOnly = true)
	public Document get(long memberId, long documentId) {
		return this.documents.findByIdAndMemberId(documentId, memberId)
			.map(DocumentEntity::toDocument)
			.orElseThrow(() -> new NoSuchDocument(documentId));
	}

	private static void delete(@Nullable Path file) {
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
