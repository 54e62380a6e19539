package com.adtopaper.printing.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering print jobs, one thread. {@code render20Pages}: a 20-page text PDF (50 lines a
 * page), each page with its ad, five different bands; pages per second = 20 × ops/s. The
 * JVM is told it has one processor, so its GC and compiler size themselves for one core.
 * {@code render200PagesIn256MiB}: a 200-page text PDF, twenty different bands, in a JVM
 * of at most 256 MiB heap; the peak heap of each run is printed (the sum of every heap
 * pool's peak, an upper bound). Both write to a stream that only counts bytes. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark=PrintRenderingBenchmark}.
 */
@State(Scope.Benchmark)
@Threads(1)
public class PrintRenderingBenchmark {

	private final PrintRenderer renderer = new PrintRenderer();

	private Path dir;

	private Path twentyPages;

	private Path twoHundredPages;

	private List<AdBand> bands;

	@Setup(Level.Trial)
	public void documents() throws IOException {
		this.dir = Files.createTempDirectory("print-bench-");
		this.twentyPages = TestDocuments.save(TestDocuments.text(20, 50), this.dir.resolve("20.pdf"));
		this.twoHundredPages = TestDocuments.save(TestDocuments.text(200, 50), this.dir.resolve("200.pdf"));
		this.bands = IntStream.range(0, 20).mapToObj(PrintRenderingBenchmark::creative).toList();
	}

	@TearDown(Level.Trial)
	public void clean() throws IOException {
		for (Path file : List.of(this.twentyPages, this.twoHundredPages, this.dir)) {
			Files.deleteIfExists(file);
		}
	}

	@Setup(Level.Iteration)
	public void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	@TearDown(Level.Iteration)
	public void reportPeak() {
		long peak = heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		System.out.printf("%n[peak heap this iteration: %d MiB]%n", peak >> 20);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-XX:ActiveProcessorCount=1" })
	@Warmup(iterations = 6, time = 5)
	@Measurement(iterations = 5, time = 5)
	public long render20Pages() throws IOException {
		return render(this.twentyPages, 20, 5);
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Fork(value = 1, jvmArgsAppend = { "-Xmx256m", "-XX:ActiveProcessorCount=1" })
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public long render200PagesIn256MiB() throws IOException {
		return render(this.twoHundredPages, 200, 20);
	}

	private long render(Path source, int pages, int differentBands) throws IOException {
		CountingStream out = new CountingStream();
		List<Integer> all = IntStream.rangeClosed(1, pages).boxed().toList();
		this.renderer.render(source, all, (n) -> this.bands.get(n % differentBands), out);
		return out.count;
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

	// a creative as the ads module makes them: a picture, not one flat colour
	private static AdBand creative(int n) {
		BufferedImage image = new BufferedImage(PageLayout.BAND_WIDTH_PX, PageLayout.BAND_HEIGHT_PX,
				BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(n / 20f, 0.6f, 0.9f), PageLayout.BAND_WIDTH_PX,
				PageLayout.BAND_HEIGHT_PX, Color.getHSBColor(n / 20f + 0.3f, 0.8f, 0.5f)));
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 150));
		g.drawString("Creative " + n + " — study more, pay less", 100, 350);
		g.dispose();
		byte[] png = TestDocuments.encode(image, "png");
		return new AdBand("creative/" + n + ".png", () -> png);
	}

	private static final class CountingStream extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
