package com.adtopaper.ads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Printed pages recorded into MariaDB with their roll-ups (delivery per day, member pages
 * per day, the hourly report) and the Redis counters, as
 * {@link Impressions#recordPrinted} does it: four threads, each recording batches of 50
 * new pages of 200 running campaigns, audiences and printers at random. Scores are pages
 * per second. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark=ImpressionRecordingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Duser.timezone=UTC" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(4)
public class ImpressionRecordingBenchmark {

	@Param({ "redis" })
	public String store;

	ConfigurableApplicationContext node;

	Impressions impressions;

	long[] campaigns;

	long[] prices;

	final AtomicLong jobs = new AtomicLong();

	@Setup(Level.Trial)
	public void start() {
		this.node = BenchmarkCampaigns.node("adtopaper_bench_sel", this.store);
		JdbcTemplate jdbc = new JdbcTemplate(this.node.getBean(DataSource.class));
		BenchmarkCampaigns.seed(jdbc, 200, 4);
		this.campaigns = jdbc.queryForList("select id from campaigns order by id", Long.class)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		this.prices = jdbc.queryForList("select price_per_page from campaigns order by id", Long.class)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		this.impressions = this.node.getBean(Impressions.class);
	}

	@TearDown(Level.Trial)
	public void stop() {
		JdbcTemplate jdbc = new JdbcTemplate(this.node.getBean(DataSource.class));
		long pages = jdbc.queryForObject("select count(*) from impressions", Long.class);
		long delivered = jdbc.queryForObject("select sum(pages) from campaign_delivery", Long.class);
		long hourly = jdbc.queryForObject("select sum(pages) from campaign_hourly", Long.class);
		if (pages != delivered || pages != hourly) {
			throw new IllegalStateException(pages + " impressions, " + delivered + " delivered, " + hourly + " hourly");
		}
		System.out.println("\n" + pages + " impressions recorded, roll-ups agree");
		this.node.close();
	}

	@Benchmark
	@OperationsPerInvocation(50)
	public int batchesOf50() {
		return record(50);
	}

	@Benchmark
	@OperationsPerInvocation(100)
	public int batchesOf100() {
		return record(100);
	}

	private int record(int size) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String job = "bench-" + this.jobs.incrementAndGet();
		Instant now = Instant.now();
		List<PrintedPage> pages = new ArrayList<>(size);
		for (int page = 1; page <= size; page++) {
			int campaign = random.nextInt(this.campaigns.length);
			pages.add(new PrintedPage(job, page, this.campaigns[campaign], this.campaigns[campaign],
					this.prices[campaign], BenchmarkCampaigns.audience(random),
					1 + random.nextInt(BenchmarkCampaigns.PRINTERS), now));
		}
		return this.impressions.recordPrinted(pages);
	}

}
