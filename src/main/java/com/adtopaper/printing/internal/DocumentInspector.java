package com.adtopaper.printing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import com.adtopaper.printing.PrintingExceptions.InvalidDocument;
import com.adtopaper.printing.internal.InspectedDocument.Type;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks an upload before anything is stored or charged: its type by its first bytes, its
 * size, and for a PDF that it opens without a password, allows printing, is complete and
 * sane, and has between 1 and the most pages allowed. A JPEG or PNG becomes a one-page A4
 * PDF, its size checked from its header before it is decoded. Every refusal is an
 * {@link InvalidDocument} whose message tells the member what to do.
 */
@Component
public class DocumentInspector {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	// Acrobat's rules: the header within the first 1024 bytes, %%EOF within the last 1024
	private static final int HEAD_AND_TAIL = 1024;

	private final PrintingSettings settings;

	public DocumentInspector(PrintingSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param file the upload, in a temporary file
	 * @param declaredName the file name the client gave, if any (only for the messages)
	 */
	public InspectedDocument inspect(Path file, @Nullable String declaredName) {
		try {
			long size = Files.size(file);
			if (size > this.settings.maxFileSize().toBytes()) {
				long megabytes = this.settings.maxFileSize().toMegabytes();
				throw new InvalidDocument(
						"The file is larger than " + megabytes + " MB; split it or make it smaller and upload again.",
						"problem.printing.document-too-large", Long.toString(megabytes));
			}
			byte[] head = read(file, 0, (int) Math.min(size, HEAD_AND_TAIL));
			if (startsWith(head, PNG)) {
				return ImageDocuments.toPdf(file, Type.PNG, this.settings);
			}
			if (startsWith(head, JPEG)) {
				return ImageDocuments.toPdf(file, Type.JPEG, this.settings);
			}
			if (!contains(head, "%PDF-")) {
				throw claimsPdf(declaredName)
						? new InvalidDocument("This file is not a PDF, although its name says so.",
								"problem.printing.document-not-a-pdf")
						: new InvalidDocument("Only PDF, JPEG and PNG files can be printed.",
								"problem.printing.document-type");
			}
			if (!contains(read(file, Math.max(0, size - HEAD_AND_TAIL), (int) Math.min(size, HEAD_AND_TAIL)),
					"%%EOF")) {
				throw damaged();
			}
			return new InspectedDocument(file, Type.PDF, checkPdf(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int checkPdf(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
			// an owner password alone only restricts what may be done; printing is what
			// we do
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canPrint()) {
				throw new InvalidDocument("The author of this PDF does not allow printing it.",
						"problem.printing.document-no-printing");
			}
			return PdfStructure.check(document, this.settings.maxPages());
		}
		catch (InvalidPasswordException ex) {
			throw new InvalidDocument("This PDF is protected by a password; remove it and upload again.",
					"problem.printing.document-password");
		}
		catch (IOException ex) {
			throw damaged();
		}
	}

	static InvalidDocument damaged() {
		return new InvalidDocument("This PDF is damaged or incomplete; save it again and upload it again.",
				"problem.printing.document-damaged");
	}

	private static boolean claimsPdf(@Nullable String name) {
		return name != null && name.toLowerCase(Locale.ROOT).endsWith(".pdf");
	}

	private static byte[] read(Path file, long from, int length) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(from);
			return in.readNBytes(length);
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean contains(byte[] bytes, String marker) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(marker);
	}

}
