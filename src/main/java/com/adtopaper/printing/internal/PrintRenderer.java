package com.adtopaper.printing.internal;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import org.springframework.stereotype.Component;

/**
 * Renders what a printer prints: for each printed page an A4 portrait page with the
 * document's page fitted above the ad band and the page's ad in the band.
 * <p>
 * Each document page goes in as a form XObject, so whatever graphics state its content
 * leaves behind (an unbalanced {@code q}, a clip, a colour, a transformation) ends with
 * the form and cannot reach the band. A page printed twice and a band used on many pages
 * are each embedded once. Both documents keep their stream data in temporary files, not
 * on the heap; only their object trees are held while the output is written.
 */
@Component
class PrintRenderer {

	/**
	 * An entry of the pages that prints as an empty page: the back of a duplex copy's
	 * last sheet, so that the next copy starts on a sheet of its own. It is no side of
	 * the job: no ad, no charge, no impression.
	 */
	static final int BLANK = 0;

	/**
	 * @param source a PDF that passed {@link DocumentInspector}
	 * @param pages the document's pages (from 1) in the order they print; a page printed
	 * twice (copies) is listed twice; {@link #BLANK} for an empty page. Duplex needs
	 * nothing more: each entry is one side.
	 * @param adForPage the band of each printed page, by its position among the
	 * {@code pages} that are not blank (from 1); {@link HouseAd#band()} when no campaign
	 * pays for it
	 * @param out where the PDF is written; not closed
	 */
	public void render(Path source, List<Integer> pages, IntFunction<AdBand> adForPage, OutputStream out)
			throws IOException {
		try (PDDocument document = Loader.loadPDF(source.toFile(), IOUtils.createTempFileOnlyStreamCache());
				PDDocument printed = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			LayerUtility layers = new LayerUtility(printed);
			Map<Integer, PDFormXObject> forms = new HashMap<>();
			Map<String, PDImageXObject> bands = new HashMap<>();
			int side = 0;
			for (int number : pages) {
				if (number == BLANK) {
					// /Resources is required of a page; some printers' interpreters
					// insist
					PDPage blank = new PDPage(PageLayout.PAGE);
					blank.setResources(new PDResources());
					printed.addPage(blank);
					continue;
				}
				side++;
				PDPage original = document.getPage(number - 1);
				PDFormXObject form = forms.get(number);
				if (form == null) {
					form = layers.importPageAsForm(document, original);
					// LayerUtility's own matrix for /Rotate distorts; PageLayout.fit
					// places it
					form.setMatrix(new AffineTransform());
					forms.put(number, form);
				}
				AdBand ad = adForPage.apply(side);
				PDImageXObject band = bands.get(ad.key());
				if (band == null) {
					band = PDImageXObject.createFromByteArray(printed, ad.png().get(), ad.key());
					bands.put(ad.key(), band);
				}
				PDPage page = new PDPage(PageLayout.PAGE);
				printed.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(printed, page)) {
					content.saveGraphicsState();
					content.transform(new Matrix(PageLayout.fit(original.getCropBox(), original.getRotation())));
					content.drawForm(form);
					content.restoreGraphicsState();
					content.drawImage(band, 0, 0, PageLayout.PAGE.getWidth(), PageLayout.BAND_HEIGHT);
				}
			}
			printed.save(out);
		}
	}

}
