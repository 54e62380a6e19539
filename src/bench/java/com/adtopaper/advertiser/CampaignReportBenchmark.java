package com.adtopaper.advertiser;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.adtopaper.AdToPaperApplication;
import com.adtopaper.TestServers;
import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.CampaignReport;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.Campaigns;
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
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A campaign's report with 10 million impressions in the rollups (200 campaigns, the last
 * 30 days; the measured campaign has about a tenth of them), on MariaDB: the facade
 * (charts and breakdowns) and the whole page over HTTP (session, query, Thymeleaf), with
 * the query cache on (Memcached, as production) and off. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark=CampaignReportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-Duser.timezone=UTC" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class CampaignReportBenchmark {

	private static final String DATABASE = "adtopaper_report";

	private static final String EMAIL = "report-bench@adtopaper.example";

	private static final String PASSWORD = "report benchmark password";

	@Param({ "true", "false" })
	public boolean cache;

	private ConfigurableApplicationContext node;

	private CampaignReports reports;

	private long accountId;

	private long campaignId;

	private LocalDate from;

	private LocalDate to;

	private HttpClient http;

	private URI page;

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
					"--adtopaper.query-cache.enabled=" + this.cache,
					"--adtopaper.query-cache.namespace=report-" + System.nanoTime(),
					"--adtopaper.queue.prefix=report-" + System.nanoTime(),
					"--adtopaper.blobs.s3.endpoint=" + TestServers.s3Endpoint(),
					"--adtopaper.blobs.s3.bucket=" + TestServers.BUCKET, "--adtopaper.blobs.s3.region=us-east-1",
					"--adtopaper.blobs.s3.access-key-id=s3mock", "--adtopaper.blobs.s3.secret-access-key=s3mock");
		JdbcTemplate jdbc = new JdbcTemplate(this.node.getBean(DataSource.class));
		this.to = LocalDate.now(ZoneId.of("Asia/Seoul"));
		this.from = this.to.minusDays(29);
		if (fresh) {
			this.node.getBean(Advertisers.class).invite(EMAIL, PASSWORD, "Bench Co", "Bench", "010-0000-0000");
		}
		this.accountId = jdbc.queryForObject("select id from accounts where email = ?", Long.class, EMAIL);
		if (fresh) {
			this.node.getBean(Campaigns.class).create(this.accountId, CampaignsFixture.draft("Measured"));
			seed(jdbc);
		}
		this.campaignId = jdbc.queryForObject(
				"select min(c.id) from campaigns c join advertisers a on a.id = c.advertiser_id where a.account_id = ?",
				Long.class, this.accountId);
		int port = ((WebServerApplicationContext) this.node).getWebServer().getPort();
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		login("http://127.0.0.1:" + port);
		this.page = URI.create("http://127.0.0.1:" + port + "/advertiser/campaigns/" + this.campaignId + "?from="
				+ this.from + "&to=" + this.to);
	}

	private static boolean exists(TestServers servers) {
		try (var connection = java.sql.DriverManager.getConnection(servers.jdbcUrl(DATABASE), "root", "");
				var statement = connection.createStatement();
				var rows = statement.executeQuery("select sum(pages) from campaign_delivery")) {
			return rows.next() && rows.getLong(1) > 9_000_000;
		}
		catch (java.sql.SQLException ex) {
			return false;
		}
	}

	/**
	 * Rollups as 10 million printed pages leave them: the full combination table first,
	 * then every other rollup summed from it, so all agree.
	 */
	private void seed(JdbcTemplate jdbc) {
		jdbc.execute("create table bench_numbers (i int primary key)");
		jdbc.update("insert into bench_numbers (i) with recursive n(i) as (select 0 union all select i + 1 from n"
				+ " where i < 999) select i from n");
		// 199 more campaigns like the measured one
		jdbc.update("""
				insert into campaigns (advertiser_id, name, status, starts_on, ends_on, total_budget, daily_budget,
				  price_per_page, priority, weight, frequency_cap, targeting, created_at, updated_at, version)
				select advertiser_id, concat('Other ', n.i), status, starts_on, ends_on, total_budget, daily_budget,
				  price_per_page, priority, weight, frequency_cap, targeting, created_at, updated_at, 0
				from campaigns c cross join bench_numbers n where c.id = ? and n.i < 199""", this.campaignIdOf(jdbc));
		// 500,000 combinations of campaign, hour and audience with 1 to 39 pages each: 10
		// million pages; the measured campaign (the lowest id) gets a tenth of the rows
		jdbc.update("""
				insert ignore into campaign_hourly (campaign_id, at_hour, school_id, major, admission_year, gender,
				  printer_id, pages, spend)
				select if(mod(r, 10) = 0, first_id, first_id + 1 + mod(crc32(concat('c', r)), 199)),
				       timestamp(date_sub(?, interval mod(crc32(concat('d', r)), 30) day),
				                 maketime(mod(crc32(concat('h', r)), 24), 0, 0)),
				       1 + mod(crc32(concat('s', r)), 8), concat('Major ', mod(crc32(concat('m', r)), 40)),
				       2019 + mod(crc32(concat('y', r)), 6),
				       elt(1 + mod(crc32(concat('g', r)), 3), 'FEMALE', 'MALE', 'UNDISCLOSED'),
				       1 + mod(crc32(concat('p', r)), 200), 1 + mod(r, 39), 20 * (1 + mod(r, 39))
				from (select a.i * 1000 + b.i as r, (select min(id) from campaigns) as first_id
				      from bench_numbers a cross join bench_numbers b where a.i < 500) numbers""", this.to);
		jdbc.update(
				"""
						insert into campaign_hour_totals (campaign_id, at_hour, pages, spend)
						select campaign_id, at_hour, sum(pages), sum(spend) from campaign_hourly group by campaign_id, at_hour""");
		jdbc.update("""
				insert into campaign_delivery (campaign_id, on_day, pages, spend)
				select campaign_id, date(at_hour), sum(pages), sum(spend) from campaign_hourly
				group by campaign_id, date(at_hour)""");
		for (String[] dimension : List.of(new String[] { "SCHOOL", "school_id" }, new String[] { "MAJOR", "major" },
				new String[] { "YEAR", "admission_year" }, new String[] { "GENDER", "gender" },
				new String[] { "PRINTER", "printer_id" })) {
			jdbc.update("""
					insert into campaign_day_audience (campaign_id, on_day, dimension, dim_value, pages, spend)
					select campaign_id, date(at_hour), '%s', %s, sum(pages), sum(spend) from campaign_hourly
					group by campaign_id, date(at_hour), %s""".formatted(dimension[0], dimension[1], dimension[1]));
		}
		jdbc.execute("drop table bench_numbers");
	}

	private long campaignIdOf(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select min(id) from campaigns", Long.class);
	}

	private void login(String base) throws Exception {
		String form = this.http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String body = "username=" + java.net.URLEncoder.encode(EMAIL, java.nio.charset.StandardCharsets.UTF_8)
				+ "&password=" + java.net.URLEncoder.encode(PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
				+ "&_csrf=" + csrf.group(1);
		this.http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		this.reports = this.node.getBean(CampaignReports.class);
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.node.close();
	}

	/** Charts by hour and day and the five breakdowns, for 30 days. */
	@Benchmark
	public CampaignReport report() {
		return this.reports.report(this.accountId, this.campaignId, this.from, this.to, this.to);
	}

	/** The whole campaign page, as the browser gets it. */
	@Benchmark
	public int page() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.page).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !response.body().contains("By hour")) {
			throw new IllegalStateException("The report page answered " + response.statusCode());
		}
		return response.body().length();
	}

}
