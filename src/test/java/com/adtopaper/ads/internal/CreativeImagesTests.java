package com.adtopaper.ads.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import com.adtopaper.ads.AdsExceptions.CreativeTooLarge;
import com.adtopaper.ads.AdsExceptions.InvalidCreative;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The checks of an upload, cheapest first, and the band and thumbnail made from it. */
class CreativeImagesTests {

	private final CreativeImages images = new CreativeImages(
			new CreativeSettings(DataSize.ofMegabytes(5), 8000, 40_000_000, 600, 100, 320));

	static byte[] encode(BufferedImage image, String format) {
		var out = new ByteArrayOutputStream();
		try {
			assertThat(ImageIO.write(image, format, out)).isTrue();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	static BufferedImage picture(int width, int height, int type) {
		var image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.BLUE);
		g.fillRect(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	/** A PNG made by hand: a true header, then data that is not a PNG stream at all. */
	static byte[] pngClaiming(int width, int height) throws IOException {
		var out = new ByteArrayOutputStream();
		var data = new DataOutputStream(out);
		data.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		var header = new ByteArrayOutputStream();
		var fields = new DataOutputStream(header);
		fields.writeInt(width);
		fields.writeInt(height);
		fields.write(new byte[] { 8, 6, 0, 0, 0 });
		chunk(data, "IHDR", header.toByteArray());
		chunk(data, "IDAT", "not deflate at all".getBytes(StandardCharsets.US_ASCII));
		chunk(data, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] content) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		var crc = new CRC32();
		crc.update(name);
		crc.update(content);
		out.writeInt(content.length);
		out.write(name);
		out.write(content);
		out.writeInt((int) crc.getValue());
	}

	/** A JPEG made by hand: start of image, a frame header, and a scan with no data. */
	static byte[] jpegClaiming(int width, int height) throws IOException {
		var out = new ByteArrayOutputStream();
		var data = new DataOutputStream(out);
		data.write(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xc0 });
		data.writeShort(11);
		data.writeByte(8);
		data.writeShort(height);
		data.writeShort(width);
		data.write(new byte[] { 1, 1, 0x11, 0 });
		data.write(new byte[] { (byte) 0xff, (byte) 0xda, 0, 8, 1, 1, 0, 0, 63, 0 });
		data.write(new byte[] { (byte) 0xff, (byte) 0xd9 });
		return out.toByteArray();
	}

	@Test
	void pngAndJpegAreAcceptedWithWhatTheirBytesSay() {
		ImageFacts png = this.images.inspect(encode(picture(1200, 300, BufferedImage.TYPE_INT_ARGB), "png"));
		assertThat(png.contentType()).isEqualTo("image/png");
		assertThat(png.extension()).isEqualTo("png");
		assertThat(png.width()).isEqualTo(1200);
		assertThat(png.height()).isEqualTo(300);
		ImageFacts jpeg = this.images.inspect(encode(picture(700, 700, BufferedImage.TYPE_INT_RGB), "jpeg"));
		assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
		assertThat(jpeg.extension()).isEqualTo("jpg");
	}

	@Test
	void hugeDimensionsAreRefusedFromTheHeaderBeforeAnyPixelIsDecoded() throws IOException {
		// were the data decoded first, the refusal would be about damaged data
		assertThatExceptionOfType(InvalidCreative.class)
			.isThrownBy(() -> this.images.inspect(pngClaiming(20000, 20000)))
			.withMessageContaining("20000 x 20000 pixels")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("file"));
		assertThatExceptionOfType(InvalidCreative.class).isThrownBy(() -> this.images.inspect(jpegClaiming(30000, 900)))
			.withMessageContaining("30000 x 900 pixels");
		// within each side but over the pixel count
		assertThatExceptionOfType(InvalidCreative.class).isThrownBy(() -> this.images.inspect(pngClaiming(7000, 7000)))
			.withMessageContaining("40000000 pixels in all");
	}

	@Test
	void aSaneHeaderOverDamagedDataIsRefusedByTheDecode() throws IOException {
		assertThatExceptionOfType(InvalidCreative.class).isThrownBy(() -> this.images.inspect(pngClaiming(1200, 400)))
			.withMessageContaining("cannot be decoded");
	}

	@Test
	void aTruncatedJpegIsRefusedThoughImageIoDecodesItWithAWarning() {
		byte[] jpeg = encode(picture(1600, 900, BufferedImage.TYPE_INT_RGB), "jpeg");
		assertThatExceptionOfType(InvalidCreative.class)
			.isThrownBy(() -> this.images.inspect(Arrays.copyOf(jpeg, jpeg.length * 2 / 3)))
			.withMessageContaining("cut short");
		assertThatExceptionOfType(InvalidCreative.class)
			.isThrownBy(() -> this.images.inspect(Arrays.copyOf(jpeg, jpeg.length - 2)))
			.withMessageContaining("cut short");
	}

	@Test
	void otherFormatsAreRefusedByTheirFirstBytes() {
		assertThatExceptionOfType(InvalidCreative.class)
			.isThrownBy(() -> this.images.inspect("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII)))
			.withMessageContaining("PDF");
		assertThatExceptionOfType(InvalidCreative.class)
			.isThrownBy(() -> this.images.inspect(encode(picture(800, 200, BufferedImage.TYPE_INT_RGB), "gif")))
			.withMessageContaining("not a PNG or JPEG");
		assertThatExceptionOfType(InvalidCreative.class).isThrownBy(() -> this.images.inspect(new byte[0]));
	}

	@Test
	void tooFewPixelsOrTooManyBytesAreRefused() {
		assertThatExceptionOfType(InvalidCreative.class)
			.isThrownBy(() -> this.images.inspect(encode(picture(599, 300, BufferedImage.TYPE_INT_RGB), "png")))
			.withMessageContaining("at least 600 wide");
		assertThatExceptionOfType(InvalidCreative.class)
			.isThrownBy(() -> this.images.inspect(encode(picture(900, 99, BufferedImage.TYPE_INT_RGB), "png")));
		assertThatExceptionOfType(CreativeTooLarge.class)
			.isThrownBy(() -> this.images.inspect(new byte[5 * 1024 * 1024 + 1]))
			.withMessageContaining("5 MB");
	}

	@Test
	void theBandIsTheWidthOfTheAPageWithTheImageFittedAndCentredOnWhite() {
		BufferedImage tall = PrintBands.band(picture(600, 2000, BufferedImage.TYPE_INT_RGB));
		assertThat(tall.getWidth()).isEqualTo(2480);
		assertThat(tall.getHeight()).isEqualTo(590);
		// 600 x 2000 fits as 177 x 590 in the middle; black where the picture is black
		assertThat(tall.getRGB(1240 - 100, 295) & 0xffffff).isEqualTo(0xffffff);
		assertThat(tall.getRGB(1240 - 80, 20) & 0xffffff).isEqualTo(0x000000);
		assertThat(tall.getRGB(1240, 295) & 0xffffff).isEqualTo(0x0000ff);

		BufferedImage wide = PrintBands.band(picture(8000, 500, BufferedImage.TYPE_INT_RGB));
		assertThat(wide.getWidth()).isEqualTo(2480);
		assertThat(wide.getHeight()).isEqualTo(590);
		// 8000 x 500 fits as 2480 x 155: white above and below
		assertThat(wide.getRGB(1240, 50) & 0xffffff).isEqualTo(0xffffff);
		assertThat(wide.getRGB(10, 295) & 0xffffff).isEqualTo(0x000000);
	}

	@Test
	void transparencyPrintsAsPaperAndThumbnailsAreNeverEnlarged() {
		BufferedImage transparent = picture(1200, 400, BufferedImage.TYPE_INT_ARGB);
		BufferedImage band = PrintBands.band(transparent);
		assertThat(band.getRGB(1240 - 800, 295) & 0xffffff).isEqualTo(0xffffff);
		assertThat(band.getRGB(1240, 295) & 0xffffff).isEqualTo(0x0000ff);

		BufferedImage thumbnail = PrintBands.thumbnail(transparent, 320);
		assertThat(thumbnail.getWidth()).isEqualTo(320);
		assertThat(thumbnail.getHeight()).isEqualTo(107);
		assertThat(thumbnail.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);
		BufferedImage small = PrintBands.thumbnail(picture(200, 100, BufferedImage.TYPE_INT_RGB), 320);
		assertThat(small.getWidth()).isEqualTo(200);
	}

	@Test
	void theBandIsAPng() throws IOException {
		byte[] png = PrintBands.png(PrintBands.band(picture(1200, 400, BufferedImage.TYPE_INT_RGB)));
		assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		assertThat(this.images.inspect(png).width()).isEqualTo(2480);
	}

}
