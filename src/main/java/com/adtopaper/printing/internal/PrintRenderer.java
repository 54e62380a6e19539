package com.adtopaper.printing.internal;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.adtopaper.printing.PrintJob;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders what a printer prints: for each printed page an A4 portrait page with the
 * document's page fitted above the ad band and the page's ad in the band (or filling the
 * sheet where the page carries no ad), and for a hand-in-safe job its cover sheet.
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
	 * last sheet, so that the next copy starts on a sheet of its own, or of a duplex
	 * cover sheet. It is no side of the job: no ad, no charge, no impression.
	 */
	static final int BLANK = PrintJob.BLANK;

	/** An entry of the pages that prints as the cover sheet (with its side's ad). */
	static final int COVER = PrintJob.COVER;

	/** Korean and English both: the member may be either, and the sheet is paper. */
	private static final List<String> COVER_TEXT = List.of("AdToPaper 표지 · Cover sheet", "제출하기 전에 이 장을 떼어 내세요.",
			"Take this sheet off before you hand your pages in.",
			"이 인쇄물의 광고는 이 장에만 있습니다 · This print's ad is on this sheet only.");

	/**
	 * @param source a PDF that passed {@link DocumentInspector}
	 * @param pages the document's pages (from 1) in the order they print; a page printed
	 * twice (copies) is listed twice; {@link #BLANK} for an empty page, {@link #COVER}
	 * for a cover sheet. Duplex needs nothing more: each entry is one side.
	 * @param adForPage the band of each printed page, by its position among the
	 * {@code pages} that are not blank (from 1); {@link HouseAd#band()} when no campaign
	 * pays for it; null for none (the page then fills the sheet)
	 * @param out where the PDF is written; not closed
	 */
	public void render(Path source, List<Integer> pages, IntFunction<@Nullable AdBand> adForPage, OutputStream out)
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
				@Nullable AdBand ad = adForPage.apply(side);
				if (number == COVER) {
					cover(printed, image(printed, bands, (ad != null) ? ad : HouseAd.band()));
					continue;
				}
				PDPage original = document.getPage(number - 1);
				PDFormXObject form = forms.get(number);
				if (form == null) {
					form = layers.importPageAsForm(document, original);
					// LayerUtility's own matrix for /Rotate distorts; PageLayout.fit
					// places it
					form.setMatrix(new AffineTransform());
					forms.put(number, form);
				}
				PDPage page = new PDPage(PageLayout.PAGE);
				printed.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(printed, page)) {
					content.saveGraphicsState();
					content.transform(new Matrix(PageLayout.fit(original.getCropBox(), original.getRotation(),
							(ad != null) ? PageLayout.BAND_HEIGHT : 0)));
					content.drawForm(form);
					content.restoreGraphicsState();
					if (ad != null) {
						content.drawImage(image(printed, bands, ad), 0, 0, PageLayout.PAGE.getWidth(),
								PageLayout.BAND_HEIGHT);
					}
				}
			}
			printed.save(out);
		}
	}

	/** The band's image in {@code printed}, embedded once however many pages use it. */
	private static PDImageXObject image(PDDocument printed, Map<String, PDImageXObject> bands, AdBand ad)
			throws IOException {
		PDImageXObject band = bands.get(ad.key());
		if (band == null) {
			band = PDImageXObject.createFromByteArray(printed, ad.png().get(), ad.key());
			bands.put(ad.key(), band);
		}
		return band;
	}

	/**
	 * A cover sheet: what it is for, in Korean and English, and the job's ad, drawn
	 * across the middle of the sheet at the band's size and again as the band.
	 */
	private static void cover(PDDocument printed, PDImageXObject band) throws IOException {
		PDPage page = new PDPage(PageLayout.PAGE);
		printed.addPage(page);
		PDType0Font font;
		try (InputStream ttf = new ClassPathResource("fonts/NanumGothic.ttf").getInputStream()) {
			font = PDType0Font.load(printed, ttf, true);
		}
		float width = PageLayout.PAGE.getWidth();
		float top = PageLayout.PAGE.getHeight() - 3 * PageLayout.MARGIN;
		try (PDPageContentStream content = new PDPageContentStream(printed, page)) {
			float y = top;
			for (int line = 0; line < COVER_TEXT.size(); line++) {
				float size = (line == 0) ? 22 : 12;
				String text = COVER_TEXT.get(line);
				content.beginText();
				content.setFont(font, size);
				content.newLineAtOffset((width - font.getStringWidth(text) / 1000 * size) / 2, y - size);
				content.showText(text);
				content.endText();
				y -= size * 2;
			}
			content.drawImage(band, 0, (PageLayout.PAGE.getHeight() - PageLayout.BAND_HEIGHT) / 2, width,
					PageLayout.BAND_HEIGHT);
			content.drawImage(band, 0, 0, width, PageLayout.BAND_HEIGHT);
		}
	}

}
