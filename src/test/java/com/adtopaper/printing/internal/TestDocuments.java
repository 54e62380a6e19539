package com.adtopaper.printing.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files made for the tests: PDFs written with PDFBox or by hand, images. */
final class TestDocuments {

	private TestDocuments() {
	}

	/**
	 * A PDF of {@code pages} A4 pages, each with a heading "Page n" and lines of text.
	 */
	static PDDocument text(int pages, int lines) throws IOException {
		PDDocument document = new PDDocument();
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		for (int n = 1; n <= pages; n++) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 24);
				content.newLineAtOffset(60, 760);
				content.showText("Page " + n);
				content.setFont(font, 11);
				for (int line = 0; line < lines; line++) {
					content.newLineAtOffset(0, -14);
					content
						.showText("Line " + line + ": the quick brown fox jumps over the lazy dog, again and again.");
				}
				content.endText();
			}
		}
		return document;
	}

	static Path save(PDDocument document, Path file) throws IOException {
		try (document) {
			document.save(file.toFile(), CompressParameters.NO_COMPRESSION);
		}
		return file;
	}

	/** A page whose content is exactly these operators, written by hand. */
	static PDPage rawPage(PDDocument document, PDRectangle box, String operators) throws IOException {
		PDPage page = new PDPage(box);
		PDStream stream = new PDStream(document);
		try (OutputStream out = stream.createOutputStream()) {
			out.write(operators.getBytes(StandardCharsets.US_ASCII));
		}
		page.setContents(stream);
		document.addPage(page);
		return page;
	}

	/**
	 * A PDF written object by object: {@code objects.get(0)} is object 1 and must be the
	 * catalog.
	 */
	static byte[] handMade(List<String> objects) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, "%PDF-1.7\n");
		long[] offsets = new long[objects.size()];
		for (int i = 0; i < objects.size(); i++) {
			offsets[i] = out.size();
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		long xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (long offset : offsets) {
			table.append(String.format("%010d 00000 n \n", offset));
		}
		table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n");
		table.append(xref).append("\n%%EOF\n");
		write(out, table.toString());
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** A band of one colour, the size the ads module makes them. */
	static AdBand band(String key, Color colour) {
		BufferedImage image = new BufferedImage(PageLayout.BAND_WIDTH_PX, PageLayout.BAND_HEIGHT_PX,
				BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(colour);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.dispose();
		byte[] png = encode(image, "png");
		return new AdBand(key, () -> png);
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A PNG of a few hundred bytes whose header claims {@code width × height} pixels:
	 * what would take gigabytes to decode.
	 */
	static byte[] pngClaiming(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		chunk(out, "IHDR",
				ByteBuffer.allocate(13)
					.putInt(width)
					.putInt(height)
					.put((byte) 8)
					.put((byte) 0)
					.put((byte) 0)
					.put((byte) 0)
					.put((byte) 0)
					.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	static Path write(Path file, byte[] content) throws IOException {
		return Files.write(file, content);
	}

}
