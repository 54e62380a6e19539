package com.adtopaper.settlement;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.TestServers;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.Printers;
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
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Settlement at the scale of the issue, on MariaDB with the query cache on (Memcached, as
 * production): 500 partners with 2,000 printers at 1,000 sites, last month's 10 million
 * printed sides in the earnings roll-ups the printed-pages events leave (a row per printer
 * and day; the close reads those, never the per-event rows), a quarter of the sites with
 * new terms from the 16th (so their printers get two lines each); and one partner with a
 * year of history.
 * <ul>
 * <li>{@code close}: last month's close, each iteration on the month reopened (its
 * statements deleted), single shot, in a fork with a 512 MB heap (the node's whole
 * application in it); the heap's peak use is printed after each close.</li>
 * <li>{@code overview}: that partner's Today page over HTTP (session, queries, Thymeleaf):
 * today live, the printers, twelve months of history, in a fork with a 1 GB heap (as the
 * campaign report's benchmark). JMH measures it at the client, in the
 * same JVM as the node and on the same two cores as MariaDB, Redis and Memcached: an upper
 * bound of the server's time.</li>
 * </ul>
 * Run with {@code ./mvnw -Pbenchmark verify -Dbenchmark=SettlementBenchmark}. The data is
 * made once (a few minutes) and kept in the {@code adtopaper_settlement} database for
 * later runs of the same month.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-Duser.timezone=UTC" })
public class SettlementBenchmark {

	private static final String DATABASE = "adtopaper_settlement";

	private static final String EMAIL = "settlement-bench@adtopaper.example";

	private static final String PASSWORD = "settlement benchmark password";

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final int PARTNERS = 500;

	private static final long SIDES = 10_000_000;

	private final YearMonth month = YearMonth.now(SEOUL).minusMonths(1);

	private ConfigurableApplicationContext node;

	private JdbcTemplate jdbc;

	private Statements statements;

	private HttpClient http;

	private URI overview;

	@Setup(Level.Trial)
	public void start() throws Exception {
		TestServers servers = TestServers.find();
		boolean fresh = !exists(servers);
		if (fresh) {
			servers.freshDatabase(DATABASE);
		}
		this.node = new SpringApplicationBuilder(AdToPaperApplication.class).profiles("it")
			.run("--server.port=0", "--logging.level.root=WARN", "--adtopaper.roles=web",
					"--spring.datasource.url=" + servers.jdbcUrl(DATABASE), "--spring.datasource.username=root",
					"--spring.datasource.password=", "--spring.data.redis.host=" + servers.redisHost(),
					"--spring.data.redis.port=" + servers.redisPort(),
					"--adtopaper.query-cache.servers=" + servers.memcached(),
					"--adtopaper.query-cache.namespace=settlement-" + System.nanoTime(),
					"--adtopaper.queue.prefix=settlement-" + System.nanoTime(), "--adtopaper.blobs.store=local",
					"--adtopaper.blobs.local-directory=" + java.nio.file.Files.createTempDirectory("settlement-blobs"));
		this.jdbc = new JdbcTemplate(this.node.getBean(DataSource.class));
		if (fresh) {
			seed();
		}
		this.statements = this.node.getBean(Statements.class);
		int port = ((WebServerApplicationContext) this.node).getWebServer().getPort();
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		login("http://127.0.0.1:" + port);
		this.overview = URI.create("http://127.0.0.1:" + port + "/partner");
	}

	private boolean exists(TestServers servers) {
		try (var connection = java.sql.DriverManager.getConnection(servers.jdbcUrl(DATABASE), "root", "");
				var statement = connection
					.prepareStatement("select sum(sides) from settlement_printer_days where period = ?")) {
			statement.setString(1, this.month.toString());
			try (var rows = statement.executeQuery()) {
				return rows.next() && rows.getLong(1) >= SIDES;
			}
		}
		catch (java.sql.SQLException ex) {
			return false;
		}
	}

	private void seed() {
		Accounts accounts = this.node.getBean(Accounts.class);
		Printers printers = this.node.getBean(Printers.class);
		long measured = accounts.create(EMAIL, PASSWORD, "Bench Copy Shops", Role.PARTNER).id();
		this.jdbc.execute("create table bench_numbers (i int primary key)");
		this.jdbc.update("insert into bench_numbers (i) with recursive n(i) as (select 0 union all select i + 1 from n"
				+ " where i < 999) select i from n");
		// 499 more partners (the password hash copied: no hashing 499 times)
		this.jdbc.update("""
				insert into accounts (email, password_hash, role, display_name, enabled, created_at)
				select concat('partner-', n.i, '@settlement.example'), a.password_hash, 'PARTNER',
				  concat('파트너 ', n.i), true, a.created_at
				from accounts a cross join bench_numbers n where a.id = ? and n.i < ?""", measured, PARTNERS - 1);
		// two sites of two printers each per partner, through the facade
		for (long partner : this.jdbc.queryForList("select id from accounts where role = 'PARTNER' order by id",
				Long.class)) {
			for (int s = 1; s <= 2; s++) {
				long site = printers.addSite(partner, "복사실 " + partner + "-" + s, "Seoul", null);
				printers.register(site, "1층");
				printers.register(site, "2층");
			}
		}
		LocalDate first = this.month.atDay(1);
		this.jdbc.update("""
				insert into settlement_terms (partner_id, site_id, printer_id, share_bps, house_fee, effective_from,
				  created_by, created_at)
				select partner_id, id, null, 6000, 5, ?, 1, created_at from partner_sites where mod(id, 4) = 0""",
				first.plusDays(15));
		// last month: 2,000 printers x its days, 10 million sides, 9 in 10 paid at 20 won
		int days = this.month.lengthOfMonth();
		long perDay = SIDES / (2000L * days) + 1;
		this.jdbc.update("""
				insert into settlement_printer_days (printer_id, on_day, period, partner_id, site_id, sides,
				  paid_sides, house_sides, revenue)
				select printer_id, on_day, ?, partner_id, site_id, sides, paid, sides - paid, paid * 20
				from (select p.id as printer_id, date_add(?, interval d.i day) as on_day, s.partner_id, s.id as site_id,
				        ? - 10 + mod(crc32(concat(p.id, '-', d.i)), 21) as sides,
				        floor((? - 10 + mod(crc32(concat(p.id, '-', d.i)), 21)) * 9 / 10) as paid
				      from printers p join partner_sites s on s.id = p.site_id
				      cross join bench_numbers d where d.i < ?) seeded""", this.month.toString(), first, perDay, perDay,
				days);
		this.jdbc.update("insert into settlement_months (period, closed_at) values (?, null)", this.month.toString());
		// the measured partner: a year of days before last month and this month so far
		LocalDate today = LocalDate.now(SEOUL);
		this.jdbc.update("""
				insert ignore into settlement_printer_days (printer_id, on_day, period, partner_id, site_id, sides,
				  paid_sides, house_sides, revenue)
				select p.id, date_sub(?, interval d.i day), date_format(date_sub(?, interval d.i day), '%Y-%m'),
				  s.partner_id, s.id, 100 + mod(d.i, 50), 90, 10 + mod(d.i, 50), 1800
				from printers p join partner_sites s on s.id = p.site_id cross join bench_numbers d
				where s.partner_id = ? and d.i < 366""", today, today, measured);
		this.jdbc.execute("drop table bench_numbers");
	}

	private void login(String base) throws Exception {
		String form = this.http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String body = "username=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		this.http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	/** The month reopened: its statements gone, so that the close does it all again. */
	@Setup(Level.Iteration)
	public void reopen() {
		String period = this.month.toString();
		this.jdbc.update("delete from settlement_payout_moves where statement_id in"
				+ " (select id from settlement_statements where period = ?)", period);
		this.jdbc.update("delete from settlement_statement_lines where statement_id in"
				+ " (select id from settlement_statements where period = ?)", period);
		this.jdbc.update("delete from settlement_statements where period = ?", period);
		this.jdbc.update("update settlement_months set closed_at = null where period = ?", period);
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	@TearDown(Level.Iteration)
	public void peak() {
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		System.out.printf("%nheap pools' peak use during the iteration: %d MB%n", peak >> 20);
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.node.close();
	}

	/** Last month closed: 500 statements. */
	@Benchmark
	@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-Duser.timezone=UTC" })
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Warmup(iterations = 1)
	@Measurement(iterations = 3)
	public List<YearMonth> close() {
		List<YearMonth> closed = this.statements.close(this.month);
		if (!closed.contains(this.month)) {
			throw new IllegalStateException("The month did not close: " + closed);
		}
		return closed;
	}

	/** The partner's Today page, with a year of history. */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 4, time = 10)
	@Measurement(iterations = 3, time = 10)
	public int overview() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.overview).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !response.body().contains("sidesToday")) {
			throw new IllegalStateException("The overview answered " + response.statusCode());
		}
		return response.body().length();
	}

}
