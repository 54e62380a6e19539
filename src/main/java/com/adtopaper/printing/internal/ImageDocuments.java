package com.adtopaper.printing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.adtopaper.printing.PrintingExceptions.InvalidDocument;
import com.adtopaper.printing.internal.InspectedDocument.Type;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** A JPEG or PNG upload as a one-page A4 PDF, the image fitted within a margin. */
final class ImageDocuments {

	private static final float MARGIN = 28.35f; // 10 mm

	private ImageDocuments() {
	}

	static InspectedDocument toPdf(Path image, Type type, PrintingSettings settings) throws IOException {
		checkDimensions(image, type, settings.maxImagePixels());
		Path pdf = Files.createTempFile("adtopaper-image-", ".pdf");
		try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			PDImageXObject picture;
			try {
				// a JPEG is embedded as it is; a PNG is embedded without decoding where
				// it can be
				picture = PDImageXObject.createFromFileByContent(image.toFile(), document);
			}
			catch (IOException | RuntimeException ex) {
				throw unreadable(type);
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			float height = PDRectangle.A4.getHeight() - 2 * MARGIN;
			float scale = Math.min(width / picture.getWidth(), height / picture.getHeight());
			float w = picture.getWidth() * scale;
			float h = picture.getHeight() * scale;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(picture, MARGIN + (width - w) / 2, MARGIN + (height - h) / 2, w, h);
			}
			document.save(pdf.toFile());
			return new InspectedDocument(pdf, type, 1);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(pdf);
			throw ex;
		}
	}

	// the header alone: a small file can claim a picture too large to decode
	private static void checkDimensions(Path image, Type type, long maxPixels) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw unreadable(type);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > maxPixels) {
					String width = Integer.toString(reader.getWidth(0));
					String height = Integer.toString(reader.getHeight(0));
					String millions = Long.toString(maxPixels / 1_000_000);
					throw new InvalidDocument(
							"This image is too large to print (" + width + " × " + height + " pixels; at most "
									+ millions + " million); make it smaller and upload it again.",
							"problem.printing.document-image-too-large", width, height, millions);
				}
			}
			catch (IOException ex) {
				throw unreadable(type);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static InvalidDocument unreadable(Type type) {
		return new InvalidDocument(
				"This " + type + " image is damaged or incomplete; save it again and upload it again.",
				"problem.printing.document-image-damaged", type);
	}

}
