package com.adtopaper.printing.internal;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PrintRendererTests {

	private static final AdBand RED = TestDocuments.band("creative/red.png", new Color(220, 20, 20));

	private static final AdBand BLUE = TestDocuments.band("creative/blue.png", new Color(20, 40, 220));

	// 72 dpi: one pixel a point, the band the bottom 142 rows of 842
	private static final int BAND_TOP = 842 - (int) Math.ceil(PageLayout.BAND_HEIGHT);

	private final PrintRenderer renderer = new PrintRenderer();

	@TempDir
	Path dir;

	@Test
	void everyPrintedPageIsA4WithItsContentAboveItsAdBand() throws Exception {
		Path source = TestDocuments.save(TestDocuments.text(3, 30), this.dir.resolve("notes.pdf"));
		Map<Integer, AdBand> ads = Map.of(1, RED, 2, BLUE, 3, RED);

		try (PDDocument printed = render(source, List.of(1, 2, 3), ads::get)) {
			assertThat(printed.getNumberOfPages()).isEqualTo(3);
			for (int n = 1; n <= 3; n++) {
				PDPage page = printed.getPage(n - 1);
				assertThat(page.getMediaBox().toString()).isEqualTo(PDRectangle.A4.toString());
				assertThat(text(printed, n)).contains("Page " + n, "Line 29: the quick brown fox");
				BufferedImage picture = picture(printed, n);
				Color band = new Color(picture.getRGB(300, 800));
				assertThat(band).isEqualTo(ads.get(n) == RED ? new Color(220, 20, 20) : new Color(20, 40, 220));
				assertThat(darkPixels(picture, new Rectangle(0, 0, 595, BAND_TOP - 1))).isGreaterThan(1000);
			}
		}
	}

	@Test
	void eachPageHoldsOneFormAndOneBandAndABandUsedTwiceIsEmbeddedOnce() throws Exception {
		Path source = TestDocuments.save(TestDocuments.text(2, 5), this.dir.resolve("notes.pdf"));

		try (PDDocument printed = render(source, List.of(1, 2, 1), n -> n == 2 ? BLUE : RED)) {
			for (PDPage page : printed.getPages()) {
				assertThat(xObjects(page.getResources(), PDFormXObject.class)).hasSize(1);
				assertThat(xObjects(page.getResources(), PDImageXObject.class)).hasSize(1);
			}
			assertThat(imageOf(printed, 1)).isSameAs(imageOf(printed, 3)).isNotSameAs(imageOf(printed, 2));
			// the second copy of page 1 reuses the first's form
			assertThat(formOf(printed, 1)).isSameAs(formOf(printed, 3));
			assertThat(text(printed, 3)).contains("Page 1");
		}
	}

	@Test
	void aPageThatLeavesItsGraphicsStateBehindCannotTouchTheBand() throws Exception {
		PDDocument document = new PDDocument();
		// clip to a small square, scale down, fill green, never restore; q without Q
		TestDocuments.rawPage(document, PDRectangle.A4,
				"q q 100 600 50 50 re W n 0.5 0 0 0.5 0 0 cm 0 1 0 rg 0 1 0 RG 20 w 0 0 2000 2000 re f\n");
		Path source = TestDocuments.save(document, this.dir.resolve("leaky.pdf"));

		try (PDDocument printed = render(source, List.of(1), n -> BLUE)) {
			BufferedImage picture = picture(printed, 1);
			for (int x = 2; x < 595; x += 50) {
				assertThat(new Color(picture.getRGB(x, 836))).isEqualTo(new Color(20, 40, 220));
				assertThat(new Color(picture.getRGB(x, BAND_TOP + 3))).isEqualTo(new Color(20, 40, 220));
			}
		}
	}

	@Test
	void aPdfWithAnOwnerPasswordPrintsAndItsTextStaysReadable() throws Exception {
		PDDocument document = TestDocuments.text(2, 5);
		document.protect(new StandardProtectionPolicy("owner-secret", "", new AccessPermission()));
		Path source = TestDocuments.save(document, this.dir.resolve("restricted.pdf"));

		try (PDDocument printed = render(source, List.of(2), n -> RED)) {
			assertThat(printed.isEncrypted()).isFalse();
			assertThat(text(printed, 1)).contains("Page 2");
		}
	}

	@Test
	void aLandscapePageFitsTheWidthKeepingItsProportions() throws Exception {
		PDDocument document = new PDDocument();
		PDRectangle landscape = new PDRectangle(842, 595);
		TestDocuments.rawPage(document, landscape, "0 1 0 rg 0 0 842 595 re f\n");
		Path source = TestDocuments.save(document, this.dir.resolve("slides.pdf"));

		try (PDDocument printed = render(source, List.of(1), n -> BLUE)) {
			Rectangle green = bounds(picture(printed, 1), new Color(0, 255, 0));
			assertThat((double) green.width / green.height).isCloseTo(842.0 / 595, within(0.02));
			assertThat(green.width).isGreaterThan(560);
			assertThat(green.y + green.height).isLessThan(BAND_TOP);
		}
	}

	@Test
	void aRotatedPageIsShownTurnedAsItsRotateSays() throws Exception {
		PDDocument document = new PDDocument();
		// green page, a red square in the corner that is bottom left before turning
		PDPage page = TestDocuments.rawPage(document, PDRectangle.A4,
				"0 1 0 rg 0 0 595 842 re f 1 0 0 rg 0 0 100 100 re f\n");
		page.setRotation(90);
		Path source = TestDocuments.save(document, this.dir.resolve("turned.pdf"));

		try (PDDocument printed = render(source, List.of(1), n -> BLUE)) {
			BufferedImage picture = picture(printed, 1);
			Rectangle green = bounds(picture, new Color(0, 255, 0));
			Rectangle red = bounds(picture, new Color(255, 0, 0));
			assertThat((double) green.width / green.height).isCloseTo(842.0 / 595, within(0.02));
			// turned a quarter clockwise, bottom left goes to top left
			assertThat(red.x).isCloseTo(green.x, within(2));
			assertThat(red.y).isCloseTo(green.y, within(2));
		}
	}

	@Test
	void onlyWhatIsInsideTheCropBoxPrints() throws Exception {
		PDDocument document = new PDDocument();
		PDPage page = TestDocuments.rawPage(document, PDRectangle.A4,
				"0 1 0 rg 0 0 595 411 re f 1 0 0 rg 0 431 595 411 re f\n");
		page.setCropBox(new PDRectangle(0, 0, 595, 421));
		Path source = TestDocuments.save(document, this.dir.resolve("cropped.pdf"));

		try (PDDocument printed = render(source, List.of(1), n -> BLUE)) {
			BufferedImage picture = picture(printed, 1);
			assertThat(bounds(picture, new Color(255, 0, 0))).isNull();
			assertThat(bounds(picture, new Color(0, 255, 0)).width).isGreaterThan(560);
		}
	}

	@Test
	void aPageNobodyPaysForCarriesTheHouseAd() throws Exception {
		Path source = TestDocuments.save(TestDocuments.text(1, 5), this.dir.resolve("notes.pdf"));

		try (PDDocument printed = render(source, List.of(1), n -> HouseAd.band())) {
			assertThat(new Color(picture(printed, 1).getRGB(580, 830))).isEqualTo(new Color(0xEEF4FB));
		}
	}

	private PDDocument render(Path source, List<Integer> pages, java.util.function.IntFunction<AdBand> ads)
			throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.renderer.render(source, pages, ads, out);
		return Loader.loadPDF(out.toByteArray());
	}

	static BufferedImage picture(PDDocument document, int page) throws Exception {
		return new PDFRenderer(document).renderImageWithDPI(page - 1, 72, ImageType.RGB);
	}

	private static String text(PDDocument document, int page) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	private static int darkPixels(BufferedImage picture, Rectangle area) {
		int dark = 0;
		for (int y = area.y; y < area.y + area.height; y++) {
			for (int x = area.x; x < area.x + area.width; x++) {
				if ((picture.getRGB(x, y) & 0xff) < 100) {
					dark++;
				}
			}
		}
		return dark;
	}

	/** The smallest rectangle holding every pixel of that exact colour, null if none. */
	static Rectangle bounds(BufferedImage picture, Color colour) {
		Rectangle bounds = null;
		for (int y = 0; y < picture.getHeight(); y++) {
			for (int x = 0; x < picture.getWidth(); x++) {
				if (picture.getRGB(x, y) == colour.getRGB()) {
					bounds = (bounds == null) ? new Rectangle(x, y, 1, 1) : bounds.union(new Rectangle(x, y, 1, 1));
				}
			}
		}
		return bounds;
	}

	private static <T> List<T> xObjects(PDResources resources, Class<T> type) throws Exception {
		var found = new java.util.ArrayList<T>();
		for (COSName name : resources.getXObjectNames()) {
			if (type.isInstance(resources.getXObject(name))) {
				found.add(type.cast(resources.getXObject(name)));
			}
		}
		return found;
	}

	private static Object imageOf(PDDocument document, int page) throws Exception {
		return xObjects(document.getPage(page - 1).getResources(), PDImageXObject.class).get(0).getCOSObject();
	}

	private static Object formOf(PDDocument document, int page) throws Exception {
		return xObjects(document.getPage(page - 1).getResources(), PDFormXObject.class).get(0).getCOSObject();
	}

}
