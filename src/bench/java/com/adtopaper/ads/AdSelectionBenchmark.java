package com.adtopaper.ads;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.adtopaper.ads.selection.Candidate;
import com.adtopaper.ads.selection.Snapshot;
import com.adtopaper.ads.selection.Snapshots;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One ad decision among 1,000 running campaigns of mixed targeting, two threads, as
 * {@link AdSelection#choose} makes it: {@code memory} reserves in process (the embedded
 * default, and what a decision costs in process), {@code redis} reserves in Redis as
 * production does (one Lua call per decision). {@code match} is the in-process part alone
 * (targeting, dates, order, the first 16 candidates built). Each call asks for a new
 * page, so each successful decision reserves budget. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark=AdSelectionBenchmark}.
 */
@BenchmarkMode({ Mode.SampleTime, Mode.Throughput })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Duser.timezone=UTC" })
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Threads(2)
public class AdSelectionBenchmark {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	/** A node and its 1,000 campaigns. */
	public abstract static class BaseNode {

		ConfigurableApplicationContext context;

		AdSelection selection;

		Snapshots snapshots;

		final AtomicLong jobs = new AtomicLong();

		@Setup(Level.Trial)
		public void start() {
			this.context = BenchmarkCampaigns.node("adtopaper_bench_sel", store());
			BenchmarkCampaigns.seed(new JdbcTemplate(this.context.getBean(DataSource.class)), 1_000, 20261122);
			this.selection = this.context.getBean(AdSelection.class);
			this.snapshots = this.context.getBean(Snapshots.class);
			int running = this.selection.refresh();
			if (running != 1_000) {
				throw new IllegalStateException(running + " campaigns running, not 1,000");
			}
		}

		@TearDown(Level.Trial)
		public void stop() {
			this.context.close();
		}

		abstract String store();

		AdRequest request() {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			return new AdRequest("bench-" + this.jobs.incrementAndGet(), 1, BenchmarkCampaigns.audience(random),
					1 + random.nextInt(BenchmarkCampaigns.PRINTERS),
					BenchmarkCampaigns.REGIONS[random.nextInt(BenchmarkCampaigns.REGIONS.length)], Instant.now());
		}

	}

	/** Reserving in process or in Redis. */
	@State(Scope.Benchmark)
	public static class Node extends BaseNode {

		@Param({ "memory", "redis" })
		public String store;

		@Override
		String store() {
			return this.store;
		}

	}

	/** Matching does not depend on the store. */
	@State(Scope.Benchmark)
	public static class MemoryNode extends BaseNode {

		@Override
		String store() {
			return "memory";
		}

	}

	@Benchmark
	public Optional<AdChoice> choose(Node node) {
		return node.selection.choose(node.request());
	}

	@Benchmark
	public List<Candidate> match(MemoryNode node) {
		AdRequest request = node.request();
		Snapshot snapshot = node.snapshots.current();
		List<Candidate> candidates = snapshot.candidates(request, request.at().atZone(SEOUL),
				ThreadLocalRandom.current());
		// what one decision reads: the first batch
		return List.copyOf(candidates.subList(0, Math.min(16, candidates.size())));
	}

}
