package com.adtopaper.partner;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.adtopaper.platform.DomainException;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.BankAccount;
import com.adtopaper.settlement.Earnings;
import com.adtopaper.settlement.HistoryPoint;
import com.adtopaper.settlement.LiveEarnings;
import com.adtopaper.settlement.LiveEarnings.PrinterToday;
import com.adtopaper.settlement.LogEntry;
import com.adtopaper.settlement.LogFilter;
import com.adtopaper.settlement.PartnerProfiles;
import com.adtopaper.settlement.ProfileChange;
import com.adtopaper.settlement.SettlementExceptions.InvalidSettlement;
import com.adtopaper.settlement.SettlementExceptions.NoSuchPartnerThing;
import com.adtopaper.settlement.Statement;
import com.adtopaper.settlement.Statements;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partners' site: today's earnings (estimated, live), their printers with each one's
 * state and history, the printing log, the statements of closed months (page, CSV, PDF)
 * and the account with its payee details and staff. A partner's staff see the printers
 * and the log, without money ({@link PartnerSecurity}). Every page is of the partner the
 * account acts for: another partner's printer or month is not found.
 */
@Controller
class PartnerSiteController {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final int LOG_PAGE = 50;

	private final Earnings earnings;

	private final Statements statements;

	private final PartnerProfiles profiles;

	private final Printers printers;

	private final PrinterJobs jobs;

	private final MessageSource messages;

	PartnerSiteController(Earnings earnings, Statements statements, PartnerProfiles profiles, Printers printers,
			PrinterJobs jobs, MessageSource messages) {
		this.messages = messages;
		this.earnings = earnings;
		this.statements = statements;
		this.profiles = profiles;
		this.printers = printers;
		this.jobs = jobs;
	}

	/** A bar of a chart: its label, figures and height in percent of the tallest. */
	record Bar(String label, long sides, long earned, int percent) {
	}

	/**
	 * A printer as the site lists it.
	 *
	 * @param printer the printer
	 * @param silent offline: its agent said so, or has not been heard from for long
	 * enough
	 * @param attention in error or silent: it stands out
	 * @param waiting jobs released to it not yet printed
	 * @param today what it printed today
	 */
	record PrinterRow(Printer printer, boolean silent, boolean attention, long waiting, PrinterToday today) {

		public @Nullable String lastSeenSeoul() {
			Instant at = this.printer.lastSeen();
			return (at != null)
					? LocalDateTime.ofInstant(at, SEOUL).truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ')
					: null;
		}

	}

	@GetMapping("/partner")
	String today(CurrentAccount me, Model model) {
		LiveEarnings live = this.earnings.live(me.id());
		model.addAttribute("live", live);
		model.addAttribute("printers", rows(me.id(), live));
		LocalDate today = live.day();
		List<HistoryPoint> year = this.earnings.byDay(me.id(), null, today.minusMonths(11).withDayOfMonth(1), today);
		Map<YearMonth, long[]> months = new TreeMap<>();
		for (int i = 11; i >= 0; i--) {
			months.put(YearMonth.from(today).minusMonths(i), new long[2]);
		}
		for (HistoryPoint point : year) {
			long[] month = months.get(YearMonth.from(point.at()));
			month[0] += point.sides();
			month[1] += point.earned();
		}
		model.addAttribute("months",
				bars(months.entrySet()
					.stream()
					.map((e) -> new long[] { e.getKey().getMonthValue(), e.getValue()[0], e.getValue()[1] })
					.toList(), (n) -> n + "월"));
		return "partner/today";
	}

	@GetMapping("/partner/printers")
	String printers(CurrentAccount me, Model model) {
		long partner = this.profiles.partnerOf(me.id());
		model.addAttribute("printers", rows(partner, this.earnings.live(partner)));
		model.addAttribute("money", me.role() == Role.PARTNER);
		return "partner/printers";
	}

	@GetMapping("/partner/printers/{id}")
	String printer(CurrentAccount me, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			Model model) {
		long partner = this.profiles.partnerOf(me.id());
		LiveEarnings live = this.earnings.live(partner);
		PrinterRow row = rows(partner, live).stream()
			.filter((r) -> r.printer().id() == id)
			.findFirst()
			.orElseThrow(() -> new NoSuchPartnerThing(NoSuchPartnerThing.Thing.PRINTER, id));
		LocalDate shown = (day != null) ? day : live.day();
		Map<Long, long[]> hours = new TreeMap<>();
		for (long h = 0; h < 24; h++) {
			hours.put(h, new long[] { h, 0, 0 });
		}
		for (HistoryPoint point : this.earnings.byHour(partner, id, shown, shown)) {
			long[] hour = hours.get((long) point.at().getHour());
			hour[1] += point.sides();
			hour[2] += point.earned();
		}
		LocalDate first = live.day().minusDays(29);
		Map<LocalDate, long[]> days = new TreeMap<>();
		for (LocalDate d = first; !d.isAfter(live.day()); d = d.plusDays(1)) {
			days.put(d, new long[] { d.getDayOfMonth(), 0, 0 });
		}
		for (HistoryPoint point : this.earnings.byDay(partner, id, first, live.day())) {
			long[] d = days.get(point.at().toLocalDate());
			d[1] += point.sides();
			d[2] += point.earned();
		}
		model.addAttribute("row", row);
		model.addAttribute("day", shown);
		model.addAttribute("hourly", bars(List.copyOf(hours.values()), String::valueOf));
		model.addAttribute("daily", bars(List.copyOf(days.values()), String::valueOf));
		model.addAttribute("money", me.role() == Role.PARTNER);
		return "partner/printer";
	}

	@GetMapping("/partner/log")
	String log(CurrentAccount me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Long printer, @RequestParam(defaultValue = "0") int page,
			Model model) {
		long partner = this.profiles.partnerOf(me.id());
		if (page < 0 || page > 10_000) {
			throw new InvalidSettlement("page", "A page is from 0 to 10000.", "partner.log.page-range");
		}
		LogFilter filter = PartnerApiController.filter(from, to, printer);
		List<Printer> mine = this.printers.ofPartner(partner);
		List<LogEntry> entries = this.earnings.log(partner, filter, page * LOG_PAGE, LOG_PAGE + 1);
		model.addAttribute("filter", filter);
		model.addAttribute("printers", mine);
		model.addAttribute("names",
				mine.stream().collect(Collectors.toMap(Printer::id, (p) -> p.site() + " · " + p.name())));
		model.addAttribute("entries", entries.subList(0, Math.min(LOG_PAGE, entries.size())));
		model.addAttribute("page", page);
		model.addAttribute("more", entries.size() > LOG_PAGE);
		model.addAttribute("money", me.role() == Role.PARTNER);
		return "partner/log";
	}

	@GetMapping("/partner/statements")
	String statements(CurrentAccount me, Model model) {
		model.addAttribute("live", this.earnings.live(me.id()));
		model.addAttribute("statements", this.statements.ofPartner(me.id()));
		return "partner/statements";
	}

	@GetMapping("/partner/statements/{period}")
	String statement(CurrentAccount me, @PathVariable YearMonth period, Model model) {
		model.addAttribute("statement", this.statements.get(me.id(), period));
		return "partner/statement";
	}

	@GetMapping("/partner/statements/{period}.csv")
	void statementCsv(CurrentAccount me, @PathVariable YearMonth period, HttpServletResponse response)
			throws IOException {
		Statement statement = this.statements.get(me.id(), period);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"statement-" + period + ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		StatementDocuments.csv(statement, out);
		out.flush();
	}

	@GetMapping("/partner/statements/{period}.pdf")
	void statementPdf(CurrentAccount me, @PathVariable YearMonth period, HttpServletResponse response)
			throws IOException {
		Statement statement = this.statements.get(me.id(), period);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "attachment; filename=\"statement-" + period + ".pdf\"");
		StatementDocuments.pdf(statement, response.getOutputStream());
	}

	@GetMapping("/partner/account")
	String account(CurrentAccount me, Model model) {
		model.addAttribute("profile", this.profiles.get(me.id()));
		model.addAttribute("bankChanges", this.profiles.bankChanges(me.id()).reversed());
		model.addAttribute("staff", this.profiles.staff(me.id()));
		return "partner/account";
	}

	@PostMapping("/partner/account/profile")
	String updateProfile(CurrentAccount me, @RequestParam(defaultValue = "") String legalName,
			@RequestParam(defaultValue = "") String businessNumber, @RequestParam(defaultValue = "") String contactName,
			@RequestParam(defaultValue = "") String contactEmail, @RequestParam(defaultValue = "") String contactPhone,
			RedirectAttributes redirect) {
		return saved(redirect,
				() -> this.profiles.update(me.id(),
						new ProfileChange(legalName, businessNumber, contactName, contactEmail, contactPhone)),
				"partner.account.profile.saved");
	}

	@PostMapping("/partner/account/bank")
	String changeBank(CurrentAccount me, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String bankCode, @RequestParam(defaultValue = "") String number,
			@RequestParam(defaultValue = "") String holder, RedirectAttributes redirect) {
		return saved(redirect,
				() -> this.profiles.changeBank(me.id(), me.id(), password, new BankAccount(bankCode, number, holder)),
				"partner.account.bank.changed");
	}

	@PostMapping("/partner/account/staff")
	String addStaff(CurrentAccount me, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		return saved(redirect, () -> this.profiles.addStaff(me.id(), email, name, password),
				"partner.account.staff.added");
	}

	@PostMapping("/partner/account/staff/{id}/remove")
	String removeStaff(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
		this.profiles.removeStaff(me.id(), id);
		redirect.addFlashAttribute("notice", "partner.account.staff.removed");
		return "redirect:/partner/account";
	}

	/**
	 * Does a change of the account page and goes back to it with a notice, or with the
	 * refusal naming the field: the form's other values are not lost, nothing is changed.
	 * The notice is a message key, the refusal in the reader's words.
	 */
	private String saved(RedirectAttributes redirect, Runnable change, String notice) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return "redirect:/partner/account";
	}

	private List<PrinterRow> rows(long partner, LiveEarnings live) {
		Map<Long, PrinterToday> today = live.printers()
			.stream()
			.collect(Collectors.toMap(PrinterToday::printerId, Function.identity()));
		List<Printer> mine = this.printers.ofPartner(partner);
		Map<Long, Long> waiting = this.jobs.waiting(mine.stream().map(Printer::id).toList());
		List<PrinterRow> rows = new ArrayList<>();
		for (Printer p : mine) {
			// a printer whose agent went silent reads as offline (printing's
			// offlineAfter)
			boolean silent = p.status().state() == PrinterState.OFFLINE;
			rows.add(new PrinterRow(p, silent, p.status().state() != PrinterState.ONLINE,
					waiting.getOrDefault(p.id(), 0L),
					today.getOrDefault(p.id(), new PrinterToday(p.id(), 0, 0, 0, 0))));
		}
		rows.sort(Comparator.comparing((PrinterRow r) -> !r.attention())
			.thenComparing((r) -> r.printer().site())
			.thenComparing((r) -> r.printer().name()));
		return rows;
	}

	/** Bars from rows of label, sides and earnings. */
	private static List<Bar> bars(List<long[]> rows, Function<Long, String> label) {
		long max = Math.max(1, rows.stream().mapToLong((r) -> r[1]).max().orElse(0));
		return rows.stream().map((r) -> new Bar(label.apply(r[0]), r[1], r[2], (int) (r[1] * 100 / max))).toList();
	}

}
