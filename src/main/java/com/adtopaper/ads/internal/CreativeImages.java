package com.adtopaper.ads.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.adtopaper.ads.AdsExceptions.CreativeTooLarge;
import com.adtopaper.ads.AdsExceptions.InvalidCreative;

import org.springframework.stereotype.Component;

/**
 * Decides whether uploaded bytes are an image we print, cheapest check first, so that a
 * file is refused before it costs memory: its size; its first bytes (a PNG signature or a
 * JPEG start of image, whatever its name or declared type say); its width and height as
 * its header states them, before any pixel is decoded (a few kilobytes of PNG can claim
 * billions of pixels); then a full decode, which refuses a file cut short or damaged
 * (ImageIO decodes a truncated JPEG with a mere warning, so warnings refuse too).
 */
@Component
public class CreativeImages {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	/**
	 * The validating decode keeps at most this many pixels: it checks, it does not keep.
	 */
	private static final long CHECK_PIXELS = 1_000_000;

	private final CreativeSettings settings;

	public CreativeImages(CreativeSettings settings) {
		this.settings = settings;
	}

	public long maxBytes() {
		return this.settings.maxBytes().toBytes();
	}

	/**
	 * Checks an upload; refuses it with {@link InvalidCreative} or
	 * {@link CreativeTooLarge}.
	 */
	public ImageFacts inspect(byte[] bytes) {
		if (bytes.length > maxBytes()) {
			throw new CreativeTooLarge(maxBytes());
		}
		ImageFacts facts = header(bytes);
		// subsampled: every row is still decoded (so a cut file is found), few are kept
		int step = (int) Math.ceil(Math.sqrt((double) facts.width() * facts.height() / CHECK_PIXELS));
		decode(bytes, facts, Math.max(1, step));
		return facts;
	}

	/** Decodes a stored upload in full, checking it again as {@link #inspect} does. */
	public BufferedImage decode(byte[] bytes) {
		return decode(bytes, header(bytes), 1);
	}

	private ImageFacts header(byte[] bytes) {
		String format = format(bytes);
		ImageReader reader = reader(format, bytes);
		try {
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			checkSize(width, height);
			return new ImageFacts("image/" + format, format.equals("png") ? "png" : "jpg", width, height, bytes.length);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidCreative invalid) {
				throw invalid;
			}
			throw new InvalidCreative("The image's header cannot be read: " + message(ex),
					"problem.ads.creative-header", message(ex));
		}
		finally {
			reader.dispose();
		}
	}

	private static String format(byte[] bytes) {
		if (startsWith(bytes, PNG)) {
			return "png";
		}
		if (startsWith(bytes, JPEG)) {
			return "jpeg";
		}
		if (startsWith(bytes, "%PDF".getBytes())) {
			throw new InvalidCreative("The file is a PDF, not a PNG or JPEG image, whatever its name says.",
					"problem.ads.creative-pdf");
		}
		throw new InvalidCreative("The file is not a PNG or JPEG image, whatever its name or type says.",
				"problem.ads.creative-type");
	}

	private void checkSize(int width, int height) {
		if (width > this.settings.maxSide() || height > this.settings.maxSide()
				|| (long) width * height > this.settings.maxPixels()) {
			throw new InvalidCreative(
					"The image is " + width + " x " + height + " pixels; it may be at most " + this.settings.maxSide()
							+ " pixels on a side and " + this.settings.maxPixels() + " pixels in all.",
					"problem.ads.creative-too-large", String.valueOf(width), String.valueOf(height),
					String.valueOf(this.settings.maxSide()), String.valueOf(this.settings.maxPixels()));
		}
		if (width < this.settings.minWidth() || height < this.settings.minHeight()) {
			throw new InvalidCreative(
					"The image is " + width + " x " + height + " pixels; it must be at least "
							+ this.settings.minWidth() + " wide and " + this.settings.minHeight()
							+ " high to print sharply across the page.",
					"problem.ads.creative-too-small", String.valueOf(width), String.valueOf(height),
					String.valueOf(this.settings.minWidth()), String.valueOf(this.settings.minHeight()));
		}
	}

	private static BufferedImage decode(byte[] bytes, ImageFacts facts, int step) {
		ImageReader reader = reader(facts.extension().equals("png") ? "png" : "jpeg", bytes);
		List<String> warnings = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
		try {
			ImageReadParam param = reader.getDefaultReadParam();
			param.setSourceSubsampling(step, step, 0, 0);
			BufferedImage image = reader.read(0, param);
			if (!warnings.isEmpty()) {
				throw new InvalidCreative("The image is damaged or cut short: " + String.join("; ", warnings),
						"problem.ads.creative-damaged", String.join("; ", warnings));
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidCreative invalid) {
				throw invalid;
			}
			throw new InvalidCreative("The image cannot be decoded (damaged or cut short?): " + message(ex),
					"problem.ads.creative-undecodable", message(ex));
		}
		finally {
			reader.dispose();
		}
	}

	private static ImageReader reader(String format, byte[] bytes) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format);
		}
		ImageReader reader = readers.next();
		// in memory: ImageIO's default stream would spill to a temporary file
		reader.setInput(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)), true, true);
		return reader;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static String message(Exception ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

}
