package com.adtopaper;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.CampaignDraft;
import com.adtopaper.ads.CampaignReport;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import com.adtopaper.member.MemberProfile;
import com.adtopaper.member.Members;
import com.adtopaper.points.LedgerEntry;
import com.adtopaper.points.Points;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import com.adtopaper.querycache.QueryCachingDataSource;
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
 * each, 60 print jobs for each of the 100 members read, 192 printers at 32 sites of 8
 * schools, and 10 campaigns with 30 days of report roll-ups (the hourly chart and about
 * 3,200 audience rows each). The three hot reads the cache is judged on (the printers of
 * a school with their site, a member's job history page, a campaign's report rows) are
 * measured both as the SQL the application sends and through the facade that sends it.
 * Run with {@code ./mvnw -Pbenchmark verify -Dbenchmark=QueryCacheBenchmark}.
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

	/** {@code Printers.atSchool}, as Hibernate sends it. */
	private static final String SCHOOL_PRINTERS = """
			select p.id, p.code, p.name, p.state, p.paper, p.toner, p.error_codes, p.last_seen, p.site_id, s.id, s.name,
			s.region, s.partner_id, s.school_id from printers p join partner_sites s on s.id = p.site_id
			where s.school_id = ? order by s.name, p.name, p.id""";

	/** The page of {@code PrintJobs.list}, as Hibernate sends it. */
	private static final String JOB_HISTORY_PAGE = """
			select j.id, j.member_id, j.document_id, j.status, j.copies, j.duplex, j.first_page, j.last_page, j.sides,
			j.points, j.release_code, j.printer_id, j.pages_printed, j.failure, j.created_at, j.finished_at
			from print_jobs j where j.member_id = ? order by j.created_at desc limit 20""";

	/** The breakdowns of {@code CampaignReports.report}, the heaviest of its reads. */
	private static final String REPORT_BREAKDOWNS = """
			SELECT dimension, dim_value, SUM(pages) AS pages, SUM(spend) AS spend FROM campaign_day_audience
			WHERE campaign_id = ? AND on_day BETWEEN ? AND ?
			GROUP BY dimension, dim_value ORDER BY dimension, pages DESC, dim_value""";

	private static final int CAMPAIGNS = 10;

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

	QueryCachingDataSource cache;

	DataSource raw;

	long firstMember;

	long advertiser;

	long[] campaigns;

	LocalDate today;

	/** What a benchmark calls on one node. */
	record Nodes(Members members, Points points, Printers printers, PrintJobs jobs, CampaignReports reports,
			JdbcTemplate jdbc) {

		static Nodes of(ConfigurableApplicationContext context) {
			return new Nodes(context.getBean(Members.class), context.getBean(Points.class),
					context.getBean(Printers.class), context.getBean(PrintJobs.class),
					context.getBean(CampaignReports.class), new JdbcTemplate(context.getBean(DataSource.class)));
		}

	}

	@Setup(Level.Trial)
	public void start() throws java.io.IOException, SQLException {
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
		this.cache = (QueryCachingDataSource) this.cachedNode.getBean(DataSource.class);
		this.raw = this.cache.getTargetDataSource();
		JdbcTemplate jdbc = new JdbcTemplate(this.raw);
		seed(jdbc);
		this.firstMember = jdbc.queryForObject("select min(account_id) from members", Long.class);
		seedPrinting(jdbc, this.firstMember);
		this.today = LocalDate.now(ZoneId.of("Asia/Seoul"));
		this.advertiser = this.uncachedNode.getBean(Advertisers.class)
			.invite("cache-bench@adtopaper.example", "cache benchmark password", "Bench Co", "Bench", "010-0000-0000")
			.accountId();
		Campaigns campaigns = this.uncachedNode.getBean(Campaigns.class);
		this.campaigns = new long[CAMPAIGNS];
		for (int i = 0; i < CAMPAIGNS; i++) {
			this.campaigns[i] = campaigns
				.create(this.advertiser,
						new CampaignDraft("Bench " + i, this.today, this.today.plusDays(30), 3_000_000, 100_000, 20,
								Priority.REMNANT, 100, 0, Targeting.ANYONE))
				.id();
		}
		seedReports(jdbc, this.today);
		this.cache.invalidateAll();
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

	/**
	 * 8 schools with 4 sites of 6 printers each; 60 jobs for each of the members read,
	 * newest first by a minute apart.
	 */
	private static void seedPrinting(JdbcTemplate jdbc, long firstMember) {
		jdbc.update("""
				insert into partner_sites (partner_id, name, region, school_id, created_at)
				with recursive n(i) as (select 0 union all select i + 1 from n where i < 31)
				select ?, concat('Site ', i), 'Seoul', 1 + mod(i, 8), utc_timestamp(6) from n""", firstMember);
		jdbc.update(
				"""
						insert into printers (site_id, code, name, key_id, state, paper, toner, error_codes, last_seen, created_at,
						                      version)
						with recursive n(i) as (select 0 union all select i + 1 from n where i < 5)
						select s.id, concat('B', s.id, 'P', n.i), concat('Printer ', n.i), concat('bench-key-', s.id, '-', n.i),
						       'ONLINE', 'OK', 'OK', '', utc_timestamp(6), utc_timestamp(6), 0
						from partner_sites s cross join n""");
		jdbc.update("""
				insert into documents (member_id, blob_key, filename, pages, bytes, created_at)
				select account_id, concat('documents/bench-', account_id), 'notes.pdf', 4, 100000, utc_timestamp(6)
				from members where account_id < ?""", firstMember + HOT);
		jdbc.update(
				"""
						insert into print_jobs (id, member_id, document_id, status, copies, duplex, first_page, last_page, sides,
						  points, release_code, printer_id, pages_printed, reclaims, expires_at, finished_at, created_at,
						  version)
						with recursive n(i) as (select 0 union all select i + 1 from n where i < 59)
						select concat('job-', d.member_id, '-', n.i), d.member_id, d.id, 'COMPLETED', 1, false, 1, 4, 4, 40,
						       lpad(n.i, 6, '0'), (select min(id) from printers), 4, 0, utc_timestamp(6), utc_timestamp(6),
						       utc_timestamp(6) - interval n.i minute, 0
						from documents d cross join n""");
	}

	/**
	 * 30 days of roll-ups for each campaign: delivery per day, the hourly chart, and per
	 * day 8 schools, 40 majors, 6 years, 3 genders and 50 printers.
	 */
	private void seedReports(JdbcTemplate jdbc, LocalDate today) {
		for (long campaign : this.campaigns) {
			jdbc.update("""
					insert into campaign_hour_totals (campaign_id, at_hour, pages, spend)
					with recursive n(i) as (select 0 union all select i + 1 from n where i < 719)
					select ?, timestamp(?) - interval i hour, 1 + mod(i * 7, 40), 20 * (1 + mod(i * 7, 40)) from n""",
					campaign, today.plusDays(1).atStartOfDay());
			jdbc.update("""
					insert into campaign_delivery (campaign_id, on_day, pages, spend)
					select campaign_id, date(at_hour), sum(pages), sum(spend) from campaign_hour_totals
					where campaign_id = ? group by campaign_id, date(at_hour)""", campaign);
			jdbc.update("""
					insert into campaign_day_audience (campaign_id, on_day, dimension, dim_value, pages, spend)
					with recursive d(i) as (select 0 union all select i + 1 from d where i < 29),
					v(i) as (select 0 union all select i + 1 from v where i < 106)
					select ?, ? - interval d.i day,
					       case when v.i < 8 then 'SCHOOL' when v.i < 48 then 'MAJOR' when v.i < 54 then 'YEAR'
					            when v.i < 57 then 'GENDER' else 'PRINTER' end,
					       case when v.i < 8 then v.i + 1 when v.i < 48 then concat('Major ', v.i - 8)
					            when v.i < 54 then 2019 + v.i - 48 when v.i < 57 then elt(v.i - 53, 'FEMALE', 'MALE',
					            'UNDISCLOSED') else v.i - 56 end,
					       1 + mod(d.i * 31 + v.i * 7, 50), 20 * (1 + mod(d.i * 31 + v.i * 7, 50))
					from d cross join v""", campaign, today);
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		// what the cached node did, so that a hit case shows it hit
		System.out.println("query cache: " + this.cache.report());
		this.spinners.forEach(Process::destroyForcibly);
		this.cachedNode.close();
		this.uncachedNode.close();
	}

	/** Invalidates everything before each call, so that the call is a miss. */
	@State(Scope.Benchmark)
	public static class Invalidated {

		@Setup(Level.Invocation)
		public void invalidate(QueryCacheBenchmark benchmark) throws SQLException {
			benchmark.cache.invalidateAll();
		}

	}

	private long member() {
		return this.firstMember + ThreadLocalRandom.current().nextInt(HOT);
	}

	private static long school() {
		return 1 + ThreadLocalRandom.current().nextInt(8);
	}

	private long campaign() {
		return this.campaigns[ThreadLocalRandom.current().nextInt(CAMPAIGNS)];
	}

	// the three hot reads the issue names, as SQL and through their facades

	@Benchmark
	public List<Map<String, Object>> schoolPrintersSqlUncached() {
		return this.uncached.jdbc().queryForList(SCHOOL_PRINTERS, school());
	}

	@Benchmark
	public List<Map<String, Object>> schoolPrintersSqlHit() {
		return this.cached.jdbc().queryForList(SCHOOL_PRINTERS, school());
	}

	@Benchmark
	public List<Map<String, Object>> schoolPrintersSqlMiss(Invalidated invalidated) {
		return this.cached.jdbc().queryForList(SCHOOL_PRINTERS, school());
	}

	@Benchmark
	public List<Printer> schoolPrintersUncached() {
		return this.uncached.printers().atSchool(school());
	}

	@Benchmark
	public List<Printer> schoolPrintersHit() {
		return this.cached.printers().atSchool(school());
	}

	@Benchmark
	public List<Printer> schoolPrintersMiss(Invalidated invalidated) {
		return this.cached.printers().atSchool(school());
	}

	@Benchmark
	public List<Map<String, Object>> jobHistorySqlUncached() {
		return this.uncached.jdbc().queryForList(JOB_HISTORY_PAGE, member());
	}

	@Benchmark
	public List<Map<String, Object>> jobHistorySqlHit() {
		return this.cached.jdbc().queryForList(JOB_HISTORY_PAGE, member());
	}

	@Benchmark
	public List<Map<String, Object>> jobHistorySqlMiss(Invalidated invalidated) {
		return this.cached.jdbc().queryForList(JOB_HISTORY_PAGE, member());
	}

	@Benchmark
	public Page<PrintJob> jobHistoryUncached() {
		return this.uncached.jobs().list(member(), 0, 20);
	}

	@Benchmark
	public Page<PrintJob> jobHistoryHit() {
		return this.cached.jobs().list(member(), 0, 20);
	}

	@Benchmark
	public Page<PrintJob> jobHistoryMiss(Invalidated invalidated) {
		return this.cached.jobs().list(member(), 0, 20);
	}

	@Benchmark
	public List<Map<String, Object>> reportRowsSqlUncached() {
		return this.uncached.jdbc().queryForList(REPORT_BREAKDOWNS, campaign(), this.today.minusDays(29), this.today);
	}

	@Benchmark
	public List<Map<String, Object>> reportRowsSqlHit() {
		return this.cached.jdbc().queryForList(REPORT_BREAKDOWNS, campaign(), this.today.minusDays(29), this.today);
	}

	@Benchmark
	public List<Map<String, Object>> reportRowsSqlMiss(Invalidated invalidated) {
		return this.cached.jdbc().queryForList(REPORT_BREAKDOWNS, campaign(), this.today.minusDays(29), this.today);
	}

	@Benchmark
	public CampaignReport reportUncached() {
		return this.uncached.reports()
			.report(this.advertiser, campaign(), this.today.minusDays(29), this.today, this.today);
	}

	@Benchmark
	public CampaignReport reportHit() {
		return this.cached.reports()
			.report(this.advertiser, campaign(), this.today.minusDays(29), this.today, this.today);
	}

	@Benchmark
	public CampaignReport reportMiss(Invalidated invalidated) {
		return this.cached.reports()
			.report(this.advertiser, campaign(), this.today.minusDays(29), this.today, this.today);
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
		this.cache.invalidateAll();
		return this.cached.jdbc().queryForList(SCHOOL_MEMBERS, school());
	}

	@Benchmark
	public void invalidateOnly() throws SQLException {
		this.cache.invalidateAll();
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
