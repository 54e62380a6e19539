package com.adtopaper.settlement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestPrinters;
import com.adtopaper.member.Accounts;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PagesPrinted.PaidSide;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.SettlementExceptions.InvalidSettlement;
import com.adtopaper.settlement.SettlementExceptions.MonthClosed;
import com.adtopaper.settlement.SettlementExceptions.NoSuchStatement;
import com.adtopaper.settlement.SettlementExceptions.PayoutMoveRefused;
import com.adtopaper.settlement.internal.EarningsWriter;
import com.adtopaper.settlement.internal.EarningsWriter.Place;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Earnings counted once from printed pages, and the month's close, against the real
 * database with the query cache on. Months closed by a test stay closed for the others,
 * and closed months are always the earliest: each test works in months after the last one
 * closed so far, all long past.
 */
@IntegrationTest
class SettlementIntegrationTests {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Autowired
	Accounts accounts;

	@Autowired
	Printers printers;

	@Autowired
	EarningsWriter writer;

	@Autowired
	Earnings earnings;

	@Autowired
	PartnerTerms terms;

	@Autowired
	Statements statements;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPrintedPagesEventEarnsOnceEvenWhenDeliveredAgain() {
		Printer printer = printer("Library");
		PagesPrinted event = event(printer, 1, 4, Instant.now(), 25, 40);
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(event));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.earnings.live(printer.partnerId()).sidesToday()).isEqualTo(4));
		// the registry redelivers after a crash: the same event again
		assertThat(this.writer.write(List.of(event), places(printer))).isZero();
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(event));
		LiveEarnings live = this.earnings.live(printer.partnerId());
		assertThat(live.sidesToday()).isEqualTo(4);
		assertThat(live.printers()).singleElement().satisfies((p) -> {
			assertThat(p.paidSides()).isEqualTo(2);
			assertThat(p.houseSides()).isEqualTo(2);
			// the default terms: half of the 65 won advertisers paid, rounded down
			assertThat(p.earned()).isEqualTo(32);
		});
		assertThat(this.earnings.log(printer.partnerId(),
				new LogFilter(LocalDate.now(SEOUL).minusDays(1), LocalDate.now(SEOUL), null), 0, 10))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.jobId()).isEqualTo(event.jobId());
				assertThat(entry.sides()).isEqualTo(4);
			});
		Printer other = printer("Other partner's");
		assertThatThrownBy(
				() -> this.earnings.byDay(printer.partnerId(), other.id(), LocalDate.now(SEOUL), LocalDate.now(SEOUL)))
			.isInstanceOf(SettlementExceptions.NoSuchPartnerThing.class);
	}

	@Test
	void aClosedMonthsStatementAddsUpAndACorrectionLandsOnTheNextMonth() {
		YearMonth month = nextOpenMonth();
		Printer a = printer("Copy shop A");
		Printer b = printer("Copy shop B", a.partnerId());
		this.terms.set(1, new NewTerms(a.siteId(), null, 3333, 0, month.atDay(1)));
		this.terms.set(1, new NewTerms(a.siteId(), a.id(), 5000, 7, month.atDay(16)));
		// a: 3 paid sides of 31 won on the 2nd (33.33%), then 2 paid + 1 house on the
		// 20th (50%, 7 won a house side)
		write(a, event(a, 1, 3, at(month.atDay(2)), 31, 31, 31), event(a, 4, 6, at(month.atDay(20)), 20, 20));
		write(b, event(b, 1, 1, at(month.atDay(5)), 100));
		assertThat(this.statements.close(month)).contains(month);

		Statement statement = this.statements.get(a.partnerId(), month);
		assertThat(statement.lines()).extracting(StatementLine::amount)
			.containsExactly(93L * 3333 / 10_000, 40L / 2 + 7, 100L / 2);
		assertThat(statement.total()).isEqualTo(statement.lines().stream().mapToLong(StatementLine::amount).sum());
		assertThat(statement.revenue()).isEqualTo(93 + 40 + 100);
		assertThat(statement.sides()).isEqualTo(7);
		// below the 50,000 won threshold: carried to the next month
		assertThat(statement.payable()).isZero();
		assertThat(statement.carriedOut()).isEqualTo(statement.total());
		assertThat(statement.status()).isEqualTo(PayoutStatus.CARRIED_FORWARD);

		// closing again, or once more on another node: nothing more
		assertThat(this.statements.close(month)).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from settlement_statements where partner_id = ? and period = ?", Long.class,
				a.partnerId(), month.toString()))
			.isEqualTo(1);
		// a side reported late counts in the next month, never in the closed one
		write(a, event(a, 7, 7, at(month.atEndOfMonth()), 50));
		assertThatThrownBy(() -> this.terms.set(1, new NewTerms(a.siteId(), null, 100, 0, month.atDay(3))))
			.isInstanceOf(MonthClosed.class);

		Adjustment correction = this.statements.adjust(1,
				new NewAdjustment(a.partnerId(), LineKind.ADJUSTMENT, 60_000, "Missed sides in " + month, month));
		assertThat(correction.period()).isEqualTo(month.plusMonths(1));
		this.statements.close(month.plusMonths(1));
		assertThat(this.statements.get(a.partnerId(), month)).isEqualTo(statement);
		Statement next = this.statements.get(a.partnerId(), month.plusMonths(1));
		assertThat(next.carriedIn()).isEqualTo(statement.carriedOut());
		assertThat(next.lines()).extracting(StatementLine::kind)
			.containsExactly(LineKind.EARNINGS, LineKind.ADJUSTMENT);
		assertThat(next.lines().getLast().reason()).isEqualTo("Missed sides in " + month);
		assertThat(next.revenue()).isEqualTo(50);
		assertThat(next.payable()).isEqualTo(next.total() + next.carriedIn());
		assertThat(next.status()).isEqualTo(PayoutStatus.PENDING);

		// payouts move forward only, each move recorded
		assertThatThrownBy(() -> this.statements.move(1, next.id(), PayoutStatus.ON_HOLD, " "))
			.isInstanceOf(InvalidSettlement.class);
		this.statements.move(1, next.id(), PayoutStatus.ISSUED, null);
		Statement paid = this.statements.move(2, next.id(), PayoutStatus.PAID, null);
		assertThat(paid.moves()).extracting(PayoutMove::to).containsExactly(PayoutStatus.ISSUED, PayoutStatus.PAID);
		assertThat(paid.moves().getLast().actorId()).isEqualTo(2);
		assertThatThrownBy(() -> this.statements.move(1, next.id(), PayoutStatus.PENDING, null))
			.isInstanceOf(PayoutMoveRefused.class);
		assertThat(this.statements.get(a.partnerId(), month.plusMonths(1)).status()).isEqualTo(PayoutStatus.PAID);
		assertThatThrownBy(() -> this.statements.get(a.partnerId(), month.plusMonths(2)))
			.isInstanceOf(NoSuchStatement.class);
	}

	@Test
	void closingOnTwoNodesAtOnceMakesOneStatement() throws Exception {
		YearMonth month = nextOpenMonth();
		Printer printer = printer("Concurrent");
		write(printer, event(printer, 1, 2, at(month.atDay(10)), 30, 30));
		CyclicBarrier together = new CyclicBarrier(2);
		List<CompletableFuture<List<YearMonth>>> closes = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			closes.add(CompletableFuture.supplyAsync(() -> {
				try {
					together.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return this.statements.close(month);
			}));
		}
		List<YearMonth> closed = new ArrayList<>();
		for (CompletableFuture<List<YearMonth>> close : closes) {
			closed.addAll(close.get());
		}
		assertThat(closed).containsOnlyOnce(month);
		assertThat(this.statements.ofPartner(printer.partnerId())).singleElement()
			.satisfies((s) -> assertThat(s.period()).isEqualTo(month));
	}

	@Test
	void statementsAgreeWithWhatAdvertisersPaidOnRandomData() {
		YearMonth month = nextOpenMonth();
		Random random = new Random(15);
		List<Printer> printers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			printers
				.add((i % 2 == 0) ? printer("Random " + i) : printer("Random " + i, printers.get(i - 1).partnerId()));
			if (random.nextBoolean()) {
				this.terms.set(1, new NewTerms(printers.get(i).siteId(), printers.get(i).id(), random.nextInt(10_001),
						random.nextInt(20), month.atDay(1 + random.nextInt(28))));
			}
		}
		long spend = 0;
		long sides = 0;
		for (int n = 0; n < 300; n++) {
			Printer printer = printers.get(random.nextInt(printers.size()));
			int count = 1 + random.nextInt(6);
			long[] prices = new long[random.nextInt(count + 1)];
			for (int i = 0; i < prices.length; i++) {
				prices[i] = 10 + random.nextInt(50);
				spend += prices[i];
			}
			sides += count;
			LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
			write(printer, event(printer, 1, count,
					day.atStartOfDay(SEOUL).toInstant().plusSeconds(random.nextInt(86_400)), prices));
		}
		this.statements.close(month);
		List<Statement> all = this.statements.ofPeriod(month)
			.stream()
			.filter((s) -> printers.stream().anyMatch((p) -> p.partnerId() == s.partnerId()))
			.map((s) -> this.statements.byId(s.id()))
			.toList();
		assertThat(all.stream().mapToLong(Statement::revenue).sum()).isEqualTo(spend);
		assertThat(all.stream().mapToLong(Statement::sides).sum()).isEqualTo(sides);
		for (Statement statement : all) {
			assertThat(statement.lines().stream().mapToLong(StatementLine::amount).sum()).isEqualTo(statement.total());
			for (StatementLine line : statement.lines()) {
				long bps = line.shareBps();
				assertThat(line.amount())
					.isEqualTo(line.revenue() * bps / 10_000 + line.houseSides() * line.houseFee());
			}
		}
		// nothing counted in two months
		assertThat(this.jdbc.queryForObject(
				"select coalesce(sum(revenue), 0) from settlement_printer_days"
						+ " where period <> ? and on_day between ? and ? and partner_id in ("
						+ String.join(",",
								printers.stream().map((p) -> Long.toString(p.partnerId())).distinct().toList())
						+ ")",
				Long.class, month.toString(), month.atDay(1), month.atEndOfMonth()))
			.isZero();
	}

	@Test
	void badTermsAndAdjustmentsChangeNothing() {
		Printer printer = printer("Strict");
		LocalDate today = LocalDate.now(SEOUL);
		assertThatThrownBy(() -> this.terms.set(1, new NewTerms(printer.siteId(), null, 10_001, 0, today)))
			.isInstanceOf(InvalidSettlement.class)
			.hasFieldOrPropertyWithValue("field", "shareBps");
		assertThatThrownBy(() -> this.terms.set(1, new NewTerms(printer.siteId(), null, -1, 0, today)))
			.hasFieldOrPropertyWithValue("field", "shareBps");
		assertThatThrownBy(() -> this.terms.set(1, new NewTerms(printer.siteId(), null, 100, -5, today)))
			.hasFieldOrPropertyWithValue("field", "houseFee");
		assertThatThrownBy(() -> this.statements.adjust(1,
				new NewAdjustment(printer.partnerId(), LineKind.DEDUCTION, 500, "Invalid traffic", null)))
			.hasFieldOrPropertyWithValue("field", "amount");
		assertThat(this.terms.ofPartner(printer.partnerId())).isEmpty();
		assertThat(this.statements.openAdjustments(printer.partnerId())).isEmpty();
		assertThatThrownBy(() -> this.statements.close(YearMonth.now(SEOUL))).hasFieldOrPropertyWithValue("field",
				"period");
	}

	private YearMonth nextOpenMonth() {
		return this.statements.lastClosed().map((m) -> m.plusMonths(1)).orElse(YearMonth.of(2021, 1));
	}

	private Printer printer(String site) {
		return this.printers
			.get(TestPrinters.onlinePrinter(this.accounts, this.printers, site, null, "Front").printerId());
	}

	private Printer printer(String site, long partnerId) {
		long siteId = this.printers.addSite(partnerId, site, "Seoul", null);
		return this.printers.get(this.printers.register(siteId, "Back").printerId());
	}

	private void write(Printer printer, PagesPrinted... events) {
		this.writer.write(List.of(events), places(printer));
	}

	private static Map<Long, Place> places(Printer printer) {
		return Map.of(printer.id(), new Place(printer.partnerId(), printer.siteId()));
	}

	private static Instant at(LocalDate day) {
		return day.atTime(9, 0).atZone(SEOUL).toInstant();
	}

	private static PagesPrinted event(Printer printer, int from, int to, Instant at, long... prices) {
		List<PaidSide> paid = new ArrayList<>();
		for (int i = 0; i < prices.length; i++) {
			paid.add(new PaidSide(from + i, 7, 8, prices[i]));
		}
		return new PagesPrinted("job-" + UUID.randomUUID(), 1, printer.id(), from, to, at, null, paid);
	}

}
