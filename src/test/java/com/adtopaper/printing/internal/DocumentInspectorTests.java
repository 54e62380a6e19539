package com.adtopaper.printing.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.adtopaper.platform.DomainException.Kind;
import com.adtopaper.printing.PrintingExceptions.InvalidDocument;
import com.adtopaper.printing.internal.InspectedDocument.Type;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DocumentInspectorTests {

	private static final String DAMAGED = "This PDF is damaged or incomplete; save it again and upload it again.";

	private final DocumentInspector inspector = new DocumentInspector(PrintingSettings.defaults());

	@TempDir
	Path dir;

	@Test
	void aPdfIsAcceptedWithItsPageCount() throws Exception {
		Path file = TestDocuments.save(TestDocuments.text(3, 20), this.dir.resolve("notes.pdf"));

		InspectedDocument document = this.inspector.inspect(file, "notes.pdf");

		assertThat(document).isEqualTo(new InspectedDocument(file, Type.PDF, 3));
	}

	@Test
	void theTypeIsToldByContentNotByName() throws Exception {
		Path file = TestDocuments.save(TestDocuments.text(2, 5), this.dir.resolve("upload"));

		assertThat(this.inspector.inspect(file, "photo.jpg").pages()).isEqualTo(2);
	}

	@Test
	void aTextFileNamedPdfIsRefused() throws Exception {
		Path file = Files.writeString(this.dir.resolve("essay.pdf"), "Dear professor,\nhere is my essay.\n");

		assertRefused(file, "essay.pdf", "This file is not a PDF, although its name says so.");
		assertRefused(file, "essay.docx", "Only PDF, JPEG and PNG files can be printed.");
	}

	@Test
	void aPdfWithoutPagesIsRefused() throws Exception {
		Path file = TestDocuments.save(new PDDocument(), this.dir.resolve("empty.pdf"));

		assertRefused(file, "empty.pdf", "This PDF has no pages.");
	}

	@Test
	void aPdfOverThePageLimitIsRefusedAndOneAtTheLimitAccepted() throws Exception {
		Path over = TestDocuments.save(TestDocuments.text(201, 1), this.dir.resolve("over.pdf"));
		Path limit = TestDocuments.save(TestDocuments.text(200, 1), this.dir.resolve("limit.pdf"));

		assertRefused(over, "over.pdf", "This PDF has more than 200 pages; split it and upload the parts.");
		assertThat(this.inspector.inspect(limit, "limit.pdf").pages()).isEqualTo(200);
	}

	@Test
	void aFileOverTheSizeLimitIsRefused() throws Exception {
		Path file = TestDocuments.save(TestDocuments.text(3, 40), this.dir.resolve("big.pdf"));
		DocumentInspector strict = new DocumentInspector(new PrintingSettings(DataSize.ofBytes(1000), 200, 1000));

		InvalidDocument refusal = assertThrows(InvalidDocument.class, () -> strict.inspect(file, "big.pdf"));

		assertThat(refusal.getMessage()).startsWith("The file is larger than");
	}

	@Test
	void aPdfThatNeedsAPasswordToOpenIsRefused() throws Exception {
		PDDocument document = TestDocuments.text(2, 5);
		document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
		Path file = TestDocuments.save(document, this.dir.resolve("locked.pdf"));

		assertRefused(file, "locked.pdf", "This PDF is protected by a password; remove it and upload again.");
	}

	@Test
	void aPdfWithOnlyAnOwnerPasswordIsAcceptedWhenItMayBePrinted() throws Exception {
		PDDocument document = TestDocuments.text(2, 5);
		AccessPermission noCopying = new AccessPermission();
		noCopying.setCanExtractContent(false);
		noCopying.setCanModify(false);
		document.protect(new StandardProtectionPolicy("owner-secret", "", noCopying));
		Path file = TestDocuments.save(document, this.dir.resolve("restricted.pdf"));

		assertThat(this.inspector.inspect(file, "restricted.pdf").pages()).isEqualTo(2);
	}

	@Test
	void aPdfWhoseOwnerForbidsPrintingIsRefused() throws Exception {
		PDDocument document = TestDocuments.text(2, 5);
		AccessPermission noPrinting = new AccessPermission();
		noPrinting.setCanPrint(false);
		document.protect(new StandardProtectionPolicy("owner-secret", "", noPrinting));
		Path file = TestDocuments.save(document, this.dir.resolve("noprint.pdf"));

		assertRefused(file, "noprint.pdf", "The author of this PDF does not allow printing it.");
	}

	@Test
	void aPdfCutInHalfIsRefused() throws Exception {
		byte[] whole = Files.readAllBytes(TestDocuments.save(TestDocuments.text(20, 30), this.dir.resolve("w.pdf")));
		Path half = TestDocuments.write(this.dir.resolve("half.pdf"), Arrays.copyOf(whole, whole.length / 2));

		assertRefused(half, "half.pdf", DAMAGED);
	}

	@Test
	void aCutPdfThatPdfBoxWouldRepairIsStillRefused() throws Exception {
		// the end marker put back: PDFBox rebuilds the cross references and opens all 20
		// pages, but the second half's page contents are gone
		byte[] whole = Files.readAllBytes(TestDocuments.save(TestDocuments.text(20, 30), this.dir.resolve("w.pdf")));
		byte[] cut = Arrays.copyOf(whole, whole.length / 2 + 7);
		System.arraycopy("\n%%EOF\n".getBytes(), 0, cut, whole.length / 2, 7);
		Path file = TestDocuments.write(this.dir.resolve("cut.pdf"), cut);
		try (PDDocument repaired = Loader.loadPDF(file.toFile())) {
			assertThat(repaired.getNumberOfPages()).isEqualTo(20);
		}

		assertRefused(file, "cut.pdf", DAMAGED);
	}

	@Test
	void objectsNestedAHundredThousandDeepAreRefusedWithoutOverflowingTheStack() throws Exception {
		Path direct = TestDocuments.write(this.dir.resolve("direct.pdf"),
				TestDocuments.handMade(pageWithResource("[".repeat(100_000) + "]".repeat(100_000))));
		List<String> chain = new ArrayList<>(pageWithResource("[5 0 R]"));
		for (int n = 5; n < 100_005; n++) {
			chain.add("[" + (n + 1) + " 0 R]");
		}
		chain.add("[]");
		Path referenced = TestDocuments.write(this.dir.resolve("chain.pdf"), TestDocuments.handMade(chain));

		// a StackOverflowError would fail these as an error, not a refusal
		assertRefusedSoon(direct, DAMAGED);
		assertRefusedSoon(referenced, "This PDF is built in a way we cannot print (its objects nest too deeply "
				+ "or its pages are too complex).");
	}

	@Test
	void aPdfHoldingAnImageTooLargeToDecodeIsRefused() throws Exception {
		List<String> objects = new ArrayList<>(pageWithResource("<< /Img 5 0 R >>"));
		objects.set(2, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject 4 0 R >> >>");
		objects.add("<< /Type /XObject /Subtype /Image /Width 20000 /Height 20000 /BitsPerComponent 8 "
				+ "/ColorSpace /DeviceRGB /Length 0 >>\nstream\n\nendstream");
		Path file = TestDocuments.write(this.dir.resolve("bomb.pdf"), TestDocuments.handMade(objects));

		assertRefused(file, "bomb.pdf",
				"This PDF holds an image too large to print; make it smaller and upload again.");
	}

	@Test
	void aPageTreeThatLoopsIsRefused() throws Exception {
		Path file = TestDocuments.write(this.dir.resolve("loop.pdf"),
				TestDocuments
					.handMade(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
							"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 1 >>",
							"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>")));

		assertRefusedSoon(file, "This PDF's page tree is malformed; save it again and upload it again.");
	}

	@Test
	void aPageCountLieIsNotBelieved() throws Exception {
		List<String> objects = new ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R >>"));
		StringBuilder kids = new StringBuilder();
		for (int n = 3; n < 3 + 250; n++) {
			kids.append(n).append(" 0 R ");
		}
		objects.add("<< /Type /Pages /Kids [" + kids + "] /Count 1 >>");
		for (int n = 0; n < 250; n++) {
			objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
		}
		Path file = TestDocuments.write(this.dir.resolve("lie.pdf"), TestDocuments.handMade(objects));

		assertRefused(file, "lie.pdf", "This PDF has more than 200 pages; split it and upload the parts.");
	}

	@Test
	void aPngTooLargeByItsHeaderIsRefusedBeforeDecoding() throws Exception {
		Path file = TestDocuments.write(this.dir.resolve("huge.png"), TestDocuments.pngClaiming(20_000, 20_000));
		assertThat(Files.size(file)).isLessThan(100);

		assertRefused(file, "huge.png", "This image is too large to print (20000 × 20000 pixels; at most 25 million); "
				+ "make it smaller and upload it again.");
	}

	@Test
	void aJpegBecomesAOnePageA4Pdf() throws Exception {
		BufferedImage photo = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
		var g = photo.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 1600, 1200);
		g.dispose();
		Path file = TestDocuments.write(this.dir.resolve("photo.jpg"), TestDocuments.encode(photo, "jpeg"));

		InspectedDocument document = this.inspector.inspect(file, "photo.jpg");

		assertThat(document.type()).isEqualTo(Type.JPEG);
		assertThat(document.pages()).isEqualTo(1);
		assertThat(document.pdf()).isNotEqualTo(file);
		try (PDDocument pdf = Loader.loadPDF(document.pdf().toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(pdf.getPage(0).getMediaBox().toString()).isEqualTo(PDRectangle.A4.toString());
			var names = pdf.getPage(0).getResources().getXObjectNames();
			assertThat(names).hasSize(1);
			PDImageXObject image = (PDImageXObject) pdf.getPage(0).getResources().getXObject(names.iterator().next());
			assertThat(image.getWidth()).isEqualTo(1600);
			assertThat(image.getSuffix()).isEqualTo("jpg");
		}
		Files.delete(document.pdf());
	}

	@Test
	void aPngBecomesAOnePagePdfAndABrokenOneIsRefused() throws Exception {
		BufferedImage scan = new BufferedImage(800, 1100, BufferedImage.TYPE_INT_RGB);
		byte[] png = TestDocuments.encode(scan, "png");
		Path good = TestDocuments.write(this.dir.resolve("scan.png"), png);
		Path broken = TestDocuments.write(this.dir.resolve("broken.png"), Arrays.copyOf(png, 60));

		assertThat(this.inspector.inspect(good, "scan.png").pages()).isEqualTo(1);
		assertRefused(broken, "broken.png",
				"This PNG image is damaged or incomplete; save it again and upload it again.");
	}

	private static List<String> pageWithResource(String resource) {
		return List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Properties << /X 4 0 R >> >> >>",
				resource);
	}

	private void assertRefusedSoon(Path file, String message) {
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertRefused(file, "hostile.pdf", message));
	}

	private void assertRefused(Path file, String name, String message) {
		Executable inspect = () -> this.inspector.inspect(file, name);
		InvalidDocument refusal = assertThrows(InvalidDocument.class, inspect);
		assertThat(refusal.getMessage()).isEqualTo(message);
		assertThat(refusal.kind()).isEqualTo(Kind.INVALID);
		assertThat(refusal.field()).isEqualTo("file");
	}

}
