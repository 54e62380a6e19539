package com.adtopaper.platform.cache;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.TestServers;
import com.adtopaper.member.MemberProfile;
import com.adtopaper.member.Members;
import com.adtopaper.points.LedgerEntry;
import com.adtopaper.points.Points;
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
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read-query cache on the project's hot reads, against MariaDB and Memcached on
 * loopback: the same calls through a node without the cache ({@code uncached}), through a
 * node with it when the entry is there ({@code hit}) and when every entry has just been
 * invalidated ({@code miss}), and a one-table write with and without the cache. Two
 * application contexts in one JVM, one database of 2,000 members with 50 ledger entries
 * each. Run with {@code ./mvnw -Pbenchmark verify -Dbenchmark=QueryCacheBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-Duser.timezone=UTC" })
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class QueryCacheBenchmark {

	private static final String DATABASE = "adtopaper_bench";

	private static final int MEMBERS = 2_000;

	/** The members the benchmark reads: few enough that every one of them is hot. */
	private static final int HOT = 100;

	private static final String HISTORY_PAGE = """
			select e.id, e.member_id, e.kind, e.points, e.available_change, e.held_change, e.hold_key, e.reason,
			e.created_at from points_ledger e where e.member_id = ? order by e.id desc limit 20""";

	private static final String PROFILE = """
			select a.id, a.email, a.display_name, a.created_at, m.school_id, m.major, m.admission_year, m.gender,
			m.birth_year, m.push_opted_out, s.name, s.region from accounts a join members m on m.account_id = a.id
			join schools s on s.id = m.school_id where a.id = ?""";

	private static final String SCHOOL_MEMBERS = """
			select a.id, a.display_name, m.major, m.admission_year from members m
			join accounts a on a.id = m.account_id where m.school_id = ? order by a.id desc limit 50""";

	/**
	 * {@code idle}: the machine as it is. {@code busy}: one busy loop per CPU at nice 19,
	 * which takes CPU time only when nothing else wants it and keeps the CPUs from
	 * idling. On this VM a thread woken on an idle vCPU starts about 80 µs late, so every
	 * round trip of a single-threaded run (to MariaDB and to Memcached alike) pays for
	 * one or two such wake-ups; a server under load does not. Both are reported.
	 */
	@Param({ "idle", "busy" })
	public String cpu;

	private final List<Process> spinners = new java.util.ArrayList<>();

	ConfigurableApplicationContext uncachedNode;

	ConfigurableApplicationContext cachedNode;

	Nodes uncached;

	Nodes cached;

	QueryCache cache;

	DataSource raw;

	long firstMember;

	/** What a benchmark calls on one node. */
	record Nodes(Members members, Points points, JdbcTemplate jdbc) {

		static Nodes of(ConfigurableApplicationContext context) {
			return new Nodes(context.getBean(Members.class), context.getBean(Points.class),
					new JdbcTemplate(context.getBean(DataSource.class)));
		}

	}

	@Setup(Level.Trial)
	public void start() throws java.io.IOException {
		if (this.cpu.equals("busy")) {
			for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
				this.spinners.add(new ProcessBuilder("nice", "-n", "19", "sh", "-c", "while :; do :; done").start());
			}
		}
		TestServers servers = TestServers.find();
		servers.freshDatabase(DATABASE);
		this.uncachedNode = node(servers, false);
		this.cachedNode = node(servers, true);
		this.uncached = Nodes.of(this.uncachedNode);
		this.cached = Nodes.of(this.cachedNode);
		this.cache = this.cachedNode.getBean(QueryCache.class);
		this.raw = CacheTables.raw(this.cachedNode.getBean(DataSource.class));
		seed(new JdbcTemplate(this.raw));
		this.firstMember = new JdbcTemplate(this.raw).queryForObject("select min(account_id) from members", Long.class);
	}

	private static ConfigurableApplicationContext node(TestServers servers, boolean cache) {
		return new SpringApplicationBuilder(AdToPaperApplication.class).profiles("it")
			.run("--spring.main.web-application-type=none", "--adtopaper.roles=worker", "--logging.level.root=WARN",
					"--spring.datasource.url=" + servers.jdbcUrl(DATABASE), "--spring.datasource.username=root",
					"--spring.datasource.password=", "--spring.data.redis.host=" + servers.redisHost(),
					"--spring.data.redis.port=" + servers.redisPort(), "--adtopaper.query-cache.enabled=" + cache,
					"--adtopaper.query-cache.servers=" + servers.memcached(),
					"--adtopaper.query-cache.namespace=bench-" + System.nanoTime(), "--adtopaper.blobs.store=local",
					"--adtopaper.blobs.local-directory=target/bench-blobs");
	}

	private static void seed(JdbcTemplate jdbc) {
		List<Object[]> accounts = new java.util.ArrayList<>();
		for (int i = 1; i <= MEMBERS; i++) {
			accounts.add(new Object[] { "bench" + i + "@adtopaper.example", "Member " + i });
		}
		jdbc.batchUpdate("insert into accounts (email, password_hash, role, display_name, enabled, created_at)"
				+ " values (?, '{noop}x', 'MEMBER', ?, true, utc_timestamp(6))", accounts);
		jdbc.update(
				"""
						insert into members (account_id, school_id, major, admission_year, gender, birth_year, push_opted_out)
						select id, 1 + mod(id, 8), 'Computer Science', 2020 + mod(id, 5), 'FEMALE', 2001, false from accounts""");
		jdbc.update("""
				insert into points_ledger (member_id, kind, points, available_change, held_change, idempotency_key,
				                           reason, created_at)
				with recursive n(i) as (select 1 union all select i + 1 from n where i < 50)
				select m.account_id, 'GRANT', n.i, n.i, 0, concat('bench:', m.account_id, ':', n.i), 'Morning points',
				       utc_timestamp(6) from members m cross join n""");
		jdbc.update("""
				insert into points_accounts (member_id, available, held)
				select member_id, sum(available_change), 0 from points_ledger group by member_id""");
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.spinners.forEach(Process::destroyForcibly);
		this.cachedNode.close();
		this.uncachedNode.close();
	}

	/** Invalidates everything before each call, so that the call is a miss. */
	@State(Scope.Benchmark)
	public static class Invalidated {

		@Setup(Level.Invocation)
		public void invalidate(QueryCacheBenchmark benchmark) throws SQLException {
			benchmark.cache.invalidateAll(benchmark.raw);
		}

	}

	private long member() {
		return this.firstMember + ThreadLocalRandom.current().nextInt(HOT);
	}

	private static long school() {
		return 1 + ThreadLocalRandom.current().nextInt(8);
	}

	// the hot queries, as the application sends them, through JDBC

	@Benchmark
	public List<Map<String, Object>> historyPageUncached() {
		return this.uncached.jdbc().queryForList(HISTORY_PAGE, member());
	}

	@Benchmark
	public List<Map<String, Object>> historyPageHit() {
		return this.cached.jdbc().queryForList(HISTORY_PAGE, member());
	}

	@Benchmark
	public List<Map<String, Object>> historyPageMiss(Invalidated invalidated) {
		return this.cached.jdbc().queryForList(HISTORY_PAGE, member());
	}

	@Benchmark
	public List<Map<String, Object>> profileUncached() {
		return this.uncached.jdbc().queryForList(PROFILE, member());
	}

	@Benchmark
	public List<Map<String, Object>> profileHit() {
		return this.cached.jdbc().queryForList(PROFILE, member());
	}

	@Benchmark
	public List<Map<String, Object>> profileMiss(Invalidated invalidated) {
		return this.cached.jdbc().queryForList(PROFILE, member());
	}

	@Benchmark
	public List<Map<String, Object>> schoolMembersUncached() {
		return this.uncached.jdbc().queryForList(SCHOOL_MEMBERS, school());
	}

	@Benchmark
	public List<Map<String, Object>> schoolMembersHit() {
		return this.cached.jdbc().queryForList(SCHOOL_MEMBERS, school());
	}

	@Benchmark
	public List<Map<String, Object>> schoolMembersMiss(Invalidated invalidated) {
		return this.cached.jdbc().queryForList(SCHOOL_MEMBERS, school());
	}

	@Benchmark
	public List<Map<String, Object>> schoolMembersInvalidateAndMiss() throws SQLException {
		this.cache.invalidateAll(this.raw);
		return this.cached.jdbc().queryForList(SCHOOL_MEMBERS, school());
	}

	@Benchmark
	public void invalidateOnly() throws SQLException {
		this.cache.invalidateAll(this.raw);
	}

	// the same history page through the points facade: JPA, a read-only transaction, the
	// page and its count

	@Benchmark
	public Page<LedgerEntry> pointsHistoryUncached() {
		return this.uncached.points().history(member(), 0, 20);
	}

	@Benchmark
	public Page<LedgerEntry> pointsHistoryHit() {
		return this.cached.points().history(member(), 0, 20);
	}

	@Benchmark
	public Page<LedgerEntry> pointsHistoryMiss(Invalidated invalidated) {
		return this.cached.points().history(member(), 0, 20);
	}

	// a write: one table in one transaction, which with the cache adds one increment on
	// commit

	@Benchmark
	public MemberProfile writeUncached() {
		return this.uncached.members()
			.choosePush(this.firstMember + HOT + ThreadLocalRandom.current().nextInt(HOT),
					ThreadLocalRandom.current().nextBoolean());
	}

	@Benchmark
	public MemberProfile writeCached() {
		return this.cached.members()
			.choosePush(this.firstMember + HOT + ThreadLocalRandom.current().nextInt(HOT),
					ThreadLocalRandom.current().nextBoolean());
	}

}
