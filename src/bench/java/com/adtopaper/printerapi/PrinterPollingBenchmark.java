package com.adtopaper.printerapi;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.TestServers;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.Printers;
import com.adtopaper.printing.internal.PrinterSecrets;
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
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 2,000 printers, each with one long poll open at once (JDK HttpClient, HTTP/1.1, every
 * request signed), on one node as in production (MariaDB, Redis for nonces and wake-ups,
 * Memcached query cache). Jobs are then released to random printers at a steady pace; for
 * each, the time from just before the release (its transaction and commit included) to
 * the printer holding the answer. Prints p50/p99/max, and the heap and platform threads
 * while the 2,000 polls wait, and writes them to
 * {@code target/printer-polling-benchmark.txt}. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark=PrinterPollingBenchmark}; needs
 * {@code ulimit -n} of at least 5,000 (both ends of 2,000 sockets are in this JVM).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Duser.timezone=UTC" })
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class PrinterPollingBenchmark {

	static final int PRINTERS = 2_000;

	static final int RELEASES = 300;

	/** Releases per second. */
	static final int PACE = 20;

	private static final String DATABASE = "adtopaper_printer_polling";

	private ConfigurableApplicationContext node;

	private List<PrinterCredentials> printers;

	private List<PrintJob> jobs;

	private long member;

	private HttpClient http;

	private JdbcTemplate jdbc;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Map<String, Long> releasedAt = new ConcurrentHashMap<>();

	/** The key of the printer each job was released to. */
	private final Map<String, String> releasedTo = new ConcurrentHashMap<>();

	/** Jobs that reached another printer, or a second poll. */
	private final AtomicInteger misdelivered = new AtomicInteger();

	private final Set<String> received = ConcurrentHashMap.newKeySet();

	private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

	private final AtomicInteger errors = new AtomicInteger();

	private final AtomicInteger emptyAnswers = new AtomicInteger();

	@Setup(Level.Trial)
	public void start() throws Exception {
		TestServers servers = TestServers.get();
		servers.freshDatabase(DATABASE);
		Path blobs = Files.createTempDirectory("printer-polling-blobs");
		this.node = new SpringApplicationBuilder(AdToPaperApplication.class).profiles("it")
			.run("--server.port=0", "--server.tomcat.accept-count=2048", "--logging.level.root=WARN",
					"--spring.datasource.url=" + servers.jdbcUrl(DATABASE), "--spring.datasource.username=root",
					"--spring.datasource.password=", "--spring.data.redis.host=" + servers.redisHost(),
					"--spring.data.redis.port=" + servers.redisPort(),
					"--adtopaper.query-cache.servers=" + servers.memcached(),
					"--adtopaper.query-cache.namespace=polling-" + System.nanoTime(),
					"--adtopaper.queue.prefix=polling-" + System.nanoTime(), "--adtopaper.blobs.store=local",
					"--adtopaper.blobs.local-directory=" + blobs);
		Accounts accounts = this.node.getBean(Accounts.class);
		Printers printers = this.node.getBean(Printers.class);
		this.member = accounts.create("bench-member@bench.adtopaper.example", "bench password", "Member", Role.MEMBER)
			.id();
		this.node.getBean(Points.class).grant(this.member, 10_000_000, "bench-grant", "Benchmark points");
		long partner = accounts
			.create("bench-partner@bench.adtopaper.example", "bench password", "Partner", Role.PARTNER)
			.id();
		long site = printers.addSite(partner, "Benchmark Campus", "Seoul", null);
		// straight into the table: registering 2,000 printers one by one is not what is
		// measured; their secrets are derived from the key ids as registration does
		JdbcTemplate jdbc = new JdbcTemplate(this.node.getBean(DataSource.class));
		PrinterSecrets secrets = this.node.getBean(PrinterSecrets.class);
		List<Object[]> rows = new ArrayList<>();
		this.printers = new ArrayList<>();
		for (int i = 0; i < PRINTERS; i++) {
			String code = "B%05d".formatted(i);
			String keyId = secrets.newKeyId();
			rows.add(new Object[] { site, code, "Printer " + i, keyId });
			this.printers.add(new PrinterCredentials(0, code, keyId, secrets.secretOf(keyId)));
		}
		jdbc.batchUpdate(
				"""
						insert into printers (site_id, code, name, key_id, state, paper, toner, error_codes, last_seen, created_at,
						                      version)
						values (?, ?, ?, ?, 'ONLINE', 'OK', 'OK', '', utc_timestamp(6), utc_timestamp(6), 0)""",
				rows);
		this.jdbc = jdbc;
		long document = this.node.getBean(Documents.class)
			.upload(this.member, "one.pdf", new ByteArrayInputStream(Pdfs.text(1)))
			.id();
		PrintJobs printJobs = this.node.getBean(PrintJobs.class);
		this.jobs = new ArrayList<>();
		for (int i = 0; i < RELEASES; i++) {
			this.jobs.add(printJobs.create(this.member, new JobOptions(document, 1, false, null, null)));
		}
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(30))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.running.set(false);
		this.http.shutdownNow();
		this.node.close();
	}

	@Benchmark
	public long polling() throws Exception {
		int port = ((WebServerApplicationContext) this.node).getWebServer().getPort();
		URI base = URI.create("http://127.0.0.1:" + port);
		JsonMapper json = this.node.getBean(JsonMapper.class);
		JobWaiters waiters = this.node.getBean(JobWaiters.class);
		for (int i = 0; i < PRINTERS; i++) {
			String keyId = this.printers.get(i).keyId();
			poll(new SignedPrinterClient(this.http, base, keyId, this.printers.get(i).secret()), keyId, json);
			if (i % 100 == 99) {
				Thread.sleep(100);
			}
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (waiters.size() < PRINTERS && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		int parked = waiters.size();
		System.gc();
		Thread.sleep(500);
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long heap = memory.getHeapMemoryUsage().getUsed();
		int threads = ManagementFactory.getThreadMXBean().getThreadCount();
		String threadGroups = threadGroups();

		// what the printers' heartbeats would have done meanwhile: a printer silent for
		// two minutes takes no releases
		this.jdbc.update("update printers set last_seen = utc_timestamp(6)");
		PrintJobs printJobs = this.node.getBean(PrintJobs.class);
		long interval = TimeUnit.SECONDS.toNanos(1) / PACE;
		long next = System.nanoTime();
		long start = next;
		for (PrintJob job : this.jobs) {
			while (System.nanoTime() < next) {
				Thread.sleep(1);
			}
			next += interval;
			PrinterCredentials printer = this.printers.get(ThreadLocalRandom.current().nextInt(PRINTERS));
			this.releasedTo.put(job.id(), printer.keyId());
			this.releasedAt.put(job.id(), System.nanoTime());
			printJobs.release(this.member, job.id(), printer.code());
		}
		long releasing = System.nanoTime() - start;
		deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (this.latencies.size() < RELEASES && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		long[] sorted = this.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		String report = String.format(
				"printers=%d polls parked=%d releases=%d at %d/s (%.1f s) answered=%d misdelivered=%d errors=%d"
						+ " 204s=%d%n" + "release to answer: p50=%.1f ms p99=%.1f ms max=%.1f ms%n"
						+ "with the polls parked: heap used after GC=%d MiB (server and client in one JVM),"
						+ " live platform threads=%d%n%s",
				PRINTERS, parked, RELEASES, PACE, releasing / 1e9, sorted.length, this.misdelivered.get(),
				this.errors.get(), this.emptyAnswers.get(), percentile(sorted, 0.50), percentile(sorted, 0.99),
				percentile(sorted, 1.0), heap / (1024 * 1024), threads, threadGroups);
		System.out.print(report);
		Files.writeString(Path.of("target", "printer-polling-benchmark.txt"), report);
		return sorted.length;
	}

	/** One printer's agent: polls, and polls again as soon as it has an answer. */
	private void poll(SignedPrinterClient agent, String keyId, JsonMapper json) {
		if (!this.running.get()) {
			return;
		}
		agent.getAsync("/printer/v1/jobs/next?wait=25").whenComplete((response, failure) -> {
			long received = System.nanoTime();
			if (failure != null) {
				this.errors.incrementAndGet();
				sleep(1000);
			}
			else if (response.statusCode() == 200) {
				String job = json.readTree(response.body()).get("id").asString();
				Long released = this.releasedAt.get(job);
				if (released != null) {
					this.latencies.add(received - released);
				}
				if (!keyId.equals(this.releasedTo.get(job)) || !this.received.add(job)) {
					this.misdelivered.incrementAndGet();
				}
			}
			else if (response.statusCode() == 204) {
				this.emptyAnswers.incrementAndGet();
			}
			else {
				this.errors.incrementAndGet();
				System.err.println(response.statusCode() + " " + body(response));
				sleep(1000);
			}
			poll(agent, keyId, json);
		});
	}

	private static String body(HttpResponse<String> response) {
		return response.body();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static double percentile(long[] sorted, double fraction) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(fraction * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	/** Platform threads by name, digits dropped, so that pools show as one line each. */
	private static String threadGroups() {
		Map<String, Integer> groups = new TreeMap<>();
		ThreadInfo[] infos = ManagementFactory.getThreadMXBean()
			.getThreadInfo(ManagementFactory.getThreadMXBean().getAllThreadIds());
		Arrays.stream(infos)
			.filter((info) -> info != null)
			.forEach((info) -> groups.merge(info.getThreadName().replaceAll("[0-9]+", "#"), 1, Integer::sum));
		var lines = new StringBuilder("platform threads by name:");
		groups.forEach((name, count) -> lines.append(' ').append(name).append('=').append(count).append(';'));
		return lines.append('\n').toString();
	}

}
