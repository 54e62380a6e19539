package com.adtopaper.printing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import com.adtopaper.platform.blob.PrivateBlobStore;
import org.jspecify.annotations.Nullable;

/**
 * Private blobs read through a temporary file, deleted afterwards: a document of tens of
 * megabytes never passes through the heap, and PDFBox reads a file faster than a stream.
 */
public final class TemporaryCopies {

	private TemporaryCopies() {
	}

	/** What to do with the copy. */
	@FunctionalInterface
	public interface Use<T> {

		T with(Path file) throws IOException;

	}

	/**
	 * Copies the blob to a temporary file, hands it to {@code use}, and deletes it.
	 * @param missing what to throw if the blob is not there
	 */
	public static <T> T of(PrivateBlobStore blobs, String key, Supplier<? extends RuntimeException> missing,
			Use<T> use) {
		Path file = null;
		try {
			file = Files.createTempFile("blob", ".pdf");
			if (!blobs.copyTo(key, file)) {
				throw missing.get();
			}
			return use.with(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(file);
		}
	}

	/** Streams the blob to {@code out}, through a temporary copy. */
	public static void write(PrivateBlobStore blobs, String key, Supplier<? extends RuntimeException> missing,
			OutputStream out) {
		of(blobs, key, missing, (file) -> Files.copy(file, out));
	}

	/** Deletes a temporary file, if there is one; a failure leaves it to the system. */
	public static void delete(@Nullable Path file) {
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
