package com.adtopaper.ads.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.util.unit.DataSize;

/**
 * What a creative costs, one thread: {@code check} is the upload's validation on the web
 * node (header, then a subsampled full decode); {@code process} is the job on a worker
 * (full decode, print band and thumbnail, both encoded as PNG). The images look like
 * photographs (noise under shapes and text), so they compress as real uploads do. Run
 * with {@code ./mvnw -Pbenchmark verify -Dbenchmark=CreativeImagesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Djava.awt.headless=true" })
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 5)
public class CreativeImagesBenchmark {

	/** Width x height and format of the upload. */
	@Param({ "1200x800:png", "2480x590:png", "4000x3000:jpeg", "6000x4000:jpeg" })
	public String upload;

	private byte[] bytes;

	private final CreativeImages images = new CreativeImages(
			new CreativeSettings(DataSize.ofMegabytes(20), 8000, 40_000_000, 600, 100, 320));

	@Setup(Level.Trial)
	public void image() throws IOException {
		String[] parts = this.upload.split("[x:]");
		int width = Integer.parseInt(parts[0]);
		int height = Integer.parseInt(parts[1]);
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var random = new Random(42);
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int base = 120 + (x * 100 / width);
				row[x] = ((base + random.nextInt(24)) << 16) | ((90 + random.nextInt(24)) << 8)
						| (60 + random.nextInt(24));
			}
			image.setRGB(0, y, width, 1, row, 0, width);
		}
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillOval(width / 8, height / 8, width / 3, height * 3 / 4);
		g.setColor(new Color(20, 20, 60));
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 6));
		g.drawString("Autumn latte 4,500", width / 3, height / 2);
		g.dispose();
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, parts[2], out);
		this.bytes = out.toByteArray();
		System.out.printf("%n%s: %,d bytes%n", this.upload, this.bytes.length);
	}

	@Benchmark
	public ImageFacts check() {
		return this.images.inspect(this.bytes);
	}

	@Benchmark
	public int process() {
		BufferedImage image = this.images.decode(this.bytes);
		return PrintBands.png(PrintBands.band(image)).length + PrintBands.png(PrintBands.thumbnail(image, 320)).length;
	}

}
