package com.adtopaper.partner;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.BankAccount;
import com.adtopaper.settlement.Earnings;
import com.adtopaper.settlement.LiveEarnings;
import com.adtopaper.settlement.LogEntry;
import com.adtopaper.settlement.LogFilter;
import com.adtopaper.settlement.PartnerProfile;
import com.adtopaper.settlement.PartnerProfiles;
import com.adtopaper.settlement.ProfileChange;
import com.adtopaper.settlement.SettlementExceptions.InvalidSettlement;
import com.adtopaper.settlement.Statement;
import com.adtopaper.settlement.StatementSummary;
import com.adtopaper.settlement.Statements;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partners' API: today's earnings (estimated), their printers, the printing log (and
 * its CSV), their statements and their payee details. A partner's staff see the printers
 * and the log without any money; the rest is the partner's own ({@link PartnerSecurity}).
 * Everything is of the partner the account acts for, so another partner's ids are not
 * found.
 */
@RestController
class PartnerApiController {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final int MAX_DAYS = 366;

	private final Earnings earnings;

	private final Statements statements;

	private final PartnerProfiles profiles;

	private final Printers printers;

	PartnerApiController(Earnings earnings, Statements statements, PartnerProfiles profiles, Printers printers) {
		this.earnings = earnings;
		this.statements = statements;
		this.profiles = profiles;
		this.printers = printers;
	}

	/** A printer as its partner sees it, with today's sides. */
	record PrinterView(long id, String code, String name, String site, String state, String paper, String toner,
			List<String> errors, @Nullable String lastSeen, long sidesToday) {
	}

	/** A job of the log; no earnings for staff. */
	record LogView(String jobId, String printedAt, long printerId, long sides, long paidSides, long houseSides,
			@Nullable Long earned) {
	}

	record BankForm(@NotBlank String password, @NotBlank String bankCode, @NotBlank String number,
			@NotBlank String holder) {
	}

	record ProfileForm(@NotBlank @Size(max = 150) String legalName, @Nullable String businessNumber,
			@Nullable String contactName, @Nullable String contactEmail, @Nullable String contactPhone) {
	}

	@GetMapping("/api/v1/partner/earnings")
	LiveEarnings earnings(CurrentAccount me) {
		return this.earnings.live(me.id());
	}

	@GetMapping("/api/v1/partner/printers")
	List<PrinterView> printers(CurrentAccount me) {
		long partner = this.profiles.partnerOf(me.id());
		Map<Long, LiveEarnings.PrinterToday> today = this.earnings.live(partner)
			.printers()
			.stream()
			.collect(Collectors.toMap(LiveEarnings.PrinterToday::printerId, Function.identity()));
		return this.printers.ofPartner(partner)
			.stream()
			.map((p) -> new PrinterView(p.id(), p.code(), p.name(), p.site(), p.status().state().name(),
					p.status().paper().name(), p.status().toner().name(), p.status().errors(),
					(p.lastSeen() != null) ? p.lastSeen().toString() : null,
					(today.get(p.id()) != null) ? today.get(p.id()).sides() : 0))
			.toList();
	}

	@GetMapping("/api/v1/partner/log")
	List<LogView> log(CurrentAccount me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Long printer, @RequestParam(defaultValue = "0") int page) {
		if (page < 0 || page > 10_000) {
			throw new InvalidSettlement("page", "A page is from 0 to 10000.", "partner.log.page-range");
		}
		boolean money = me.role() == Role.PARTNER;
		return this.earnings.log(this.profiles.partnerOf(me.id()), filter(from, to, printer), page * 50, 50)
			.stream()
			.map((e) -> view(e, money))
			.toList();
	}

	@GetMapping(path = { "/api/v1/partner/log.csv", "/partner/log.csv" }, produces = "text/csv")
	void logCsv(CurrentAccount me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Long printer, HttpServletResponse response) throws IOException {
		long partner = this.profiles.partnerOf(me.id());
		LogFilter filter = filter(from, to, printer);
		boolean money = me.role() == Role.PARTNER;
		Map<Long, Printer> names = this.printers.ofPartner(partner)
			.stream()
			.collect(Collectors.toMap(Printer::id, Function.identity()));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"printing-" + filter.from() + "-" + filter.to() + ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		// a byte order mark, so that Excel reads the Korean names as UTF-8
		out.write('\uFEFF');
		out.write("printed_at_seoul,job,printer,site,sides,paid_sides,house_sides" + (money ? ",earned_krw" : "")
				+ "\r\n");
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SEOUL);
		this.earnings.forEachLogEntry(partner, filter, (entry) -> {
			Printer p = names.get(entry.printerId());
			try {
				out.write(String.join(",", time.format(entry.printedAt()), CsvCells.cell(entry.jobId()),
						CsvCells.cell((p != null) ? p.name() : Long.toString(entry.printerId())),
						CsvCells.cell((p != null) ? p.site() : ""), Long.toString(entry.sides()),
						Long.toString(entry.paidSides()), Long.toString(entry.houseSides()))
						+ (money ? "," + entry.earned() : "") + "\r\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.flush();
	}

	@GetMapping("/api/v1/partner/statements")
	List<StatementSummary> statements(CurrentAccount me) {
		return this.statements.ofPartner(me.id());
	}

	@GetMapping("/api/v1/partner/statements/{period}")
	Statement statement(CurrentAccount me, @PathVariable YearMonth period) {
		return this.statements.get(me.id(), period);
	}

	@GetMapping("/api/v1/partner/profile")
	PartnerProfile profile(CurrentAccount me) {
		return this.profiles.get(me.id());
	}

	@PutMapping("/api/v1/partner/profile")
	PartnerProfile updateProfile(CurrentAccount me, @Valid @RequestBody ProfileForm form) {
		return this.profiles.update(me.id(), new ProfileChange(form.legalName(), form.businessNumber(),
				form.contactName(), form.contactEmail(), form.contactPhone()));
	}

	/** Changing where payouts go asks for the password again, and is recorded. */
	@PutMapping("/api/v1/partner/profile/bank")
	PartnerProfile changeBank(CurrentAccount me, @Valid @RequestBody BankForm form) {
		return this.profiles.changeBank(me.id(), me.id(), form.password(),
				new BankAccount(form.bankCode(), form.number(), form.holder()));
	}

	private static LogView view(LogEntry entry, boolean money) {
		return new LogView(entry.jobId(), entry.printedAt().toString(), entry.printerId(), entry.sides(),
				entry.paidSides(), entry.houseSides(), money ? entry.earned() : null);
	}

	static LogFilter filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long printer) {
		LocalDate today = LocalDate.now(SEOUL);
		LocalDate last = (to != null) ? to : today;
		LocalDate first = (from != null) ? from : last.minusDays(6);
		if (first.isAfter(last)) {
			throw new InvalidSettlement("from", "The first day comes before the last.",
					"problem.settlement.log-days-order");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidSettlement("to", "A log covers at most " + MAX_DAYS + " days.",
					"problem.settlement.log-days", Integer.toString(MAX_DAYS));
		}
		return new LogFilter(first, last, printer);
	}

}
