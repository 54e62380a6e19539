package com.adtopaper.printing.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** The band printed when no campaign pays for a page: drawn once, kept for good. */
final class HouseAd {

	public static final String KEY = "house";

	private static final byte[] PNG = draw();

	private static final AdBand BAND = new AdBand(KEY, () -> PNG);

	private HouseAd() {
	}

	public static AdBand band() {
		return BAND;
	}

	private static byte[] draw() {
		BufferedImage image = new BufferedImage(PageLayout.BAND_WIDTH_PX, PageLayout.BAND_HEIGHT_PX,
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(new Color(0xEEF4FB));
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.setColor(new Color(0x1F4E8C));
			g.fillRect(0, 0, image.getWidth(), 12);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 130));
			g.drawString("AdToPaper", 120, 280);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 90));
			g.drawString("free printing for students", 120, 440);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

}
