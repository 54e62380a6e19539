package com.adtopaper.printing.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewRendererTests {

	private final PreviewRenderer previews = new PreviewRenderer(new PrintRenderer());

	@TempDir
	Path dir;

	@Test
	void thePreviewShowsTheFirstPagesAsTheyWillPrint() throws Exception {
		Path source = TestDocuments.save(TestDocuments.text(5, 20), this.dir.resolve("notes.pdf"));
		AdBand red = TestDocuments.band("creative/red.png", new Color(220, 20, 20));

		List<byte[]> pngs = this.previews.preview(source, 5, 3, n -> (n == 2) ? HouseAd.band() : red, 72);

		assertThat(pngs).hasSize(3);
		for (int n = 1; n <= 3; n++) {
			BufferedImage picture = ImageIO.read(new ByteArrayInputStream(pngs.get(n - 1)));
			assertThat(picture.getWidth()).isBetween(595, 596);
			assertThat(picture.getHeight()).isBetween(841, 842);
			Color band = new Color(picture.getRGB(580, 830));
			assertThat(band).isEqualTo((n == 2) ? new Color(0xEEF4FB) : new Color(220, 20, 20));
		}
	}

	@Test
	void aShortDocumentShowsAllItsPages() throws Exception {
		Path source = TestDocuments.save(TestDocuments.text(1, 3), this.dir.resolve("note.pdf"));

		assertThat(this.previews.preview(source, 1, 3, n -> HouseAd.band(), 50)).hasSize(1);
	}

}
