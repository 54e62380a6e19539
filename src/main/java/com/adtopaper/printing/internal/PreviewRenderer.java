package com.adtopaper.printing.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The first pages of a document as they will print, as PNG pictures for the member to
 * look at before releasing the job: the very pages {@link PrintRenderer} composes, drawn.
 */
@Component
class PreviewRenderer {

	private final PrintRenderer renderer;

	public PreviewRenderer(PrintRenderer renderer) {
		this.renderer = renderer;
	}

	/**
	 * @param source a PDF that passed {@link DocumentInspector}
	 * @param pageCount its number of pages
	 * @param first how many pages to show, from the first
	 * @param adForPage the band of each shown page (from 1)
	 * @param dpi the resolution of the pictures (72 makes an A4 page 595 × 842 pixels)
	 * @return one PNG per page shown
	 */
	public List<byte[]> preview(Path source, int pageCount, int first, IntFunction<@Nullable AdBand> adForPage,
			float dpi) throws IOException {
		return preview(source, IntStream.rangeClosed(1, Math.min(first, pageCount)).boxed().toList(), adForPage, dpi);
	}

	/**
	 * @param source a PDF that passed {@link DocumentInspector}
	 * @param pages the pages to show, in order (a job's first sides)
	 * @param adForPage the band of each shown page (from 1)
	 * @param dpi the resolution of the pictures
	 * @return one PNG per page shown
	 */
	public List<byte[]> preview(Path source, List<Integer> pages, IntFunction<@Nullable AdBand> adForPage, float dpi)
			throws IOException {
		Path composed = Files.createTempFile("adtopaper-preview-", ".pdf");
		try {
			try (var out = Files.newOutputStream(composed)) {
				this.renderer.render(source, pages, adForPage, out);
			}
			List<byte[]> pictures = new ArrayList<>();
			try (var document = Loader.loadPDF(composed.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
				PDFRenderer drawer = new PDFRenderer(document);
				// a large picture is read at the preview's resolution, not decoded whole
				drawer.setSubsamplingAllowed(true);
				for (int i = 0; i < document.getNumberOfPages(); i++) {
					BufferedImage image = drawer.renderImageWithDPI(i, dpi, ImageType.RGB);
					ByteArrayOutputStream png = new ByteArrayOutputStream();
					ImageIO.write(image, "png", png);
					pictures.add(png.toByteArray());
				}
			}
			return pictures;
		}
		finally {
			Files.deleteIfExists(composed);
		}
	}

}
