package com.adtopaper.notification;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.PushMocks;
import com.adtopaper.TestServers;
import com.adtopaper.points.Morning;
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

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 08:30 morning for 300,000 members on MariaDB, each with one device (half APNs, half
 * FCM), from the trigger until every push was accepted by Pushy's MockApnsServer or the
 * FCM stub, on one node running as in production (Redis queue, Memcached query cache,
 * default concurrency). Prints the credit phase, the push phase and the peak heap, and
 * writes them to {@code target/morning-benchmark.txt}. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark=MorningBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Duser.timezone=UTC" })
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class MorningBenchmark {

	static final int MEMBERS = 300_000;

	private static final String DATABASE = "adtopaper_morning";

	private PushMocks mocks;

	private ConfigurableApplicationContext node;

	private JdbcTemplate jdbc;

	@Setup(Level.Trial)
	public void start() throws Exception {
		TestServers servers = TestServers.find();
		servers.freshDatabase(DATABASE);
		this.mocks = new PushMocks();
		List<String> arguments = new ArrayList<>(List.of("--spring.main.web-application-type=none",
				"--adtopaper.roles=worker", "--logging.level.root=WARN",
				"--spring.datasource.url=" + servers.jdbcUrl(DATABASE), "--spring.datasource.username=root",
				"--spring.datasource.password=", "--spring.data.redis.host=" + servers.redisHost(),
				"--spring.data.redis.port=" + servers.redisPort(),
				"--adtopaper.query-cache.servers=" + servers.memcached(),
				"--adtopaper.query-cache.namespace=morning-" + System.nanoTime(), "--adtopaper.blobs.store=local",
				"--adtopaper.blobs.local-directory=target/bench-blobs",
				"--adtopaper.queue.prefix=morning-" + System.nanoTime()));
		this.mocks.properties().forEach((property) -> arguments.add("--" + property));
		this.node = new SpringApplicationBuilder(AdToPaperApplication.class).profiles("it")
			.run(arguments.toArray(String[]::new));
		this.jdbc = new JdbcTemplate(this.node.getBean(DataSource.class));
		seed();
	}

	/**
	 * 300,000 members, accounts and points accounts, one live device each, straight into
	 * the tables.
	 */
	private void seed() {
		this.jdbc.execute("create table bench_numbers (i int primary key)");
		this.jdbc.update("insert into bench_numbers (i) with recursive n(i) as (select 0 union all select i + 1 from n"
				+ " where i < 999) select i from n");
		this.jdbc.update("""
				insert into accounts (email, password_hash, role, display_name, enabled, created_at)
				select concat('m', a.i * 1000 + b.i, '@bench.adtopaper.example'), '{noop}x', 'MEMBER', 'Member', true,
				       utc_timestamp(6)
				from bench_numbers a cross join bench_numbers b where a.i < ?""", MEMBERS / 1000);
		this.jdbc.update("""
				insert into members (account_id, school_id, major, admission_year, gender, birth_year, push_opted_out)
				select id, 1 + mod(id, 8), 'Economics', 2022, 'FEMALE', 2003, false from accounts""");
		this.jdbc
			.update("insert into points_accounts (member_id, available, held) select account_id, 500, 0 from members");
		this.jdbc
			.update("""
					insert into member_devices (member_id, platform, token, token_hash, active, created_at, last_seen_at)
					select account_id, if(mod(account_id, 2) = 0, 'APNS', 'FCM'),
					       if(mod(account_id, 2) = 0, sha2(concat('t', account_id), 256), concat('fcm-', sha2(concat('t', account_id), 256))),
					       sha2(if(mod(account_id, 2) = 0, sha2(concat('t', account_id), 256), concat('fcm-', sha2(concat('t', account_id), 256))), 256),
					       true, utc_timestamp(6), utc_timestamp(6)
					from members""");
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.node.close();
		this.mocks.close();
	}

	@Benchmark
	public long morning() throws Exception {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		LocalDate day = LocalDate.of(2031, 5, 1);
		long start = System.nanoTime();
		this.node.getBean(Morning.class).start(day);
		while (this.jdbc.queryForObject("select count(*) from points_ledger where idempotency_key like ?", Long.class,
				"morning:" + day + ":%") < MEMBERS) {
			Thread.sleep(1000);
		}
		long credited = System.nanoTime();
		int apnsAtCredit = this.mocks.apnsAccepted.get();
		int fcmAtCredit = this.mocks.fcmAccepted.get();
		while (this.mocks.acceptedInAll() < MEMBERS) {
			Thread.sleep(20);
		}
		long pushed = System.nanoTime();
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		String report = String.format(
				"members=%d credit=%.1f s push (after credit)=%.1f s total=%.1f s peak heap=%d MiB"
						+ " (pushes accepted when the credit ended: APNs %d, FCM %d)%n",
				MEMBERS, (credited - start) / 1e9, (pushed - credited) / 1e9, (pushed - start) / 1e9,
				peak / (1024 * 1024), apnsAtCredit, fcmAtCredit);
		System.out.print(report);
		Files.writeString(Path.of("target", "morning-benchmark.txt"), report);
		return pushed - start;
	}

	static Duration seconds(long nanos) {
		return Duration.ofNanos(nanos);
	}

}
