package com.adtopaper.ads.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Makes a creative's print band and thumbnail, in memory, with java.awt (headless).
 *
 * <p>
 * Why java.awt and no library: imgscalr and Thumbnailator, the usual Java choices, have
 * had no maintenance for years, and java.awt does well enough when used with care. Its
 * bicubic interpolation reads only the 4 x 4 source pixels around each target pixel, so
 * one large step down skips most of the image and aliases (jagged text, moiré); halving
 * the image step by step until it is within twice the target, then one last bicubic step,
 * lets every source pixel count (the method of Chris Campbell's "The Perils of
 * Image.getScaledInstance()"), at a fraction of the cost of an area-averaging filter.
 */
final class PrintBands {

	/** The full width of an A4 page (210 mm) at 300 dpi. */
	static final int BAND_WIDTH = 2480;

	/** About 50 mm at 300 dpi: the bottom band of the page the ad prints in. */
	static final int BAND_HEIGHT = 590;

	private PrintBands() {
	}

	/** The image fitted inside the band, aspect ratio kept, centred on white. */
	static BufferedImage band(BufferedImage source) {
		BufferedImage image = onWhite(source);
		double scale = Math.min((double) BAND_WIDTH / image.getWidth(), (double) BAND_HEIGHT / image.getHeight());
		int width = Math.min(BAND_WIDTH, Math.max(1, (int) Math.round(image.getWidth() * scale)));
		int height = Math.min(BAND_HEIGHT, Math.max(1, (int) Math.round(image.getHeight() * scale)));
		BufferedImage fitted = scale(image, width, height);
		BufferedImage band = white(BAND_WIDTH, BAND_HEIGHT);
		Graphics2D g = band.createGraphics();
		try {
			g.drawImage(fitted, (BAND_WIDTH - width) / 2, (BAND_HEIGHT - height) / 2, null);
		}
		finally {
			g.dispose();
		}
		return band;
	}

	/** The image fitted inside a square of the given side; never enlarged. */
	static BufferedImage thumbnail(BufferedImage source, int side) {
		BufferedImage image = onWhite(source);
		double scale = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
		return scale(image, Math.max(1, (int) Math.round(image.getWidth() * scale)),
				Math.max(1, (int) Math.round(image.getHeight() * scale)));
	}

	static byte[] png(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "png", out)) {
				throw new IllegalStateException("No PNG writer");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Paper is white: transparency is flattened onto it once, before scaling. */
	private static BufferedImage onWhite(BufferedImage source) {
		BufferedImage flat = white(source.getWidth(), source.getHeight());
		Graphics2D g = flat.createGraphics();
		try {
			g.drawImage(source, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return flat;
	}

	private static BufferedImage scale(BufferedImage image, int width, int height) {
		BufferedImage current = image;
		int w = image.getWidth();
		int h = image.getHeight();
		while (w / 2 >= width && h / 2 >= height) {
			w /= 2;
			h /= 2;
			current = draw(current, w, h);
		}
		return (w == width && h == height) ? current : draw(current, width, height);
	}

	private static BufferedImage draw(BufferedImage image, int width, int height) {
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return scaled;
	}

	private static BufferedImage white(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
		}
		finally {
			g.dispose();
		}
		return image;
	}

}
