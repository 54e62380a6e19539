package com.adtopaper.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.adtopaper.audit.AuditLog;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.Earnings;
import com.adtopaper.settlement.LogFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Printers on the admin site: a status board of every printer (those in error or silent
 * first), which the page refreshes in part every few seconds (htmx), and a printer's key
 * rotated, its new secret shown once on the answer to the rotation and kept nowhere.
 */
@Controller
@Validated
class AdminPrinterPages {

	private final Printers printers;

	private final PrinterJobs printerJobs;

	private final AuditLog audit;

	private final Operators operators;

	private final AuditedChanges changes;

	/** The printer's page shows the jobs of these last days, at most this many. */
	static final int LOG_DAYS = 7;

	static final int LOG_SHOWN = 50;

	private final Accounts accounts;

	private final Earnings earnings;

	private final Clock clock;

	private final Schools schools;

	AdminPrinterPages(Printers printers, PrinterJobs printerJobs, Accounts accounts, Schools schools, AuditLog audit,
			Operators operators, AuditedChanges changes, Earnings earnings, Clock clock) {
		this.earnings = earnings;
		this.clock = clock;
		this.printers = printers;
		this.accounts = accounts;
		this.schools = schools;
		this.printerJobs = printerJobs;
		this.audit = audit;
		this.operators = operators;
		this.changes = changes;
	}

	/**
	 * @param printer the printer as its agent last reported
	 * @param attention in error or silent
	 * @param waiting jobs released to it and not printed yet
	 */
	record BoardRow(Printer printer, boolean attention, long waiting) {
	}

	@GetMapping("/admin/printers")
	String board(Model model) {
		model.addAttribute("rows", rows());
		model.addAttribute("schools", this.schools.all());
		return "admin/printers";
	}

	/** The board's rows alone, for the page to swap in. */
	@GetMapping("/admin/printers/board")
	String boardRows(Model model) {
		model.addAttribute("rows", rows());
		return "admin/printers :: board";
	}

	@GetMapping("/admin/printers/{printerId}")
	String printer(@PathVariable long printerId, Model model) {
		Printer printer = this.printers.get(printerId);
		model.addAttribute("printer", printer);
		model.addAttribute("waiting", this.printerJobs.waiting(List.of(printerId)).getOrDefault(printerId, 0L));
		model.addAttribute("disabled", this.printers.disabled(printerId));
		LocalDate today = LocalDate.now(this.clock.withZone(AdminSiteController.SEOUL));
		model.addAttribute("log", this.earnings.log(printer.partnerId(),
				new LogFilter(today.minusDays(LOG_DAYS - 1), today, printerId), 0, LOG_SHOWN));
		model.addAttribute("audit", this.audit.ofObject("printer", printerId, 25));
		return "admin/printer";
	}

	/** A new key and secret; the old key stops working at once. */
	@PostMapping("/admin/printers/{printerId}/key")
	String rotateKey(CurrentAccount me, HttpServletRequest request, HttpServletResponse response,
			@PathVariable long printerId, Model model) {
		PrinterCredentials credentials = this.changes.make(this.operators.actor(me, request), "printer.rotate-key",
				"printer", printerId, () -> this.printers.get(printerId), () -> this.printers.renewKey(printerId),
				PrinterAdminController.KeyIssued::of, null);
		// the secret is on this answer only: no cache, no history may keep it
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("printer", this.printers.get(printerId));
		model.addAttribute("credentials", credentials);
		return "admin/printer-key";
	}

	/** Takes a printer out of service, or back in. */
	@PostMapping("/admin/printers/{printerId}/disable")
	String disable(CurrentAccount me, HttpServletRequest request, @PathVariable long printerId,
			@RequestParam @NotBlank @Size(max = 500) String reason, RedirectAttributes redirect) {
		this.changes.make(this.operators.actor(me, request), "printer.disable", "printer", printerId,
				() -> this.printers.get(printerId), () -> this.printers.disable(printerId), reason.strip());
		redirect.addFlashAttribute("notice", "admin.printer.disabled");
		return "redirect:/admin/printers/" + printerId;
	}

	@PostMapping("/admin/printers/{printerId}/enable")
	String enable(CurrentAccount me, HttpServletRequest request, @PathVariable long printerId,
			RedirectAttributes redirect) {
		this.changes.make(this.operators.actor(me, request), "printer.enable", "printer", printerId,
				() -> this.printers.get(printerId), () -> this.printers.enable(printerId), null);
		redirect.addFlashAttribute("notice", "admin.printer.enabled");
		return "redirect:/admin/printers/" + printerId;
	}

	/** A partner's new site; the answer offers to register its first printer. */
	@PostMapping("/admin/sites")
	String addSite(CurrentAccount me, HttpServletRequest request, @RequestParam @Positive long partnerId,
			@RequestParam @NotBlank @Size(max = 150) String name, @RequestParam @NotBlank @Size(max = 50) String region,
			@RequestParam(required = false) @Positive @Nullable Long schoolId, Model model) {
		this.accounts.find(partnerId)
			.filter((account) -> account.role() == Role.PARTNER)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no partner " + partnerId + "."));
		if (schoolId != null && this.schools.find(schoolId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no school " + schoolId + ".");
		}
		long siteId = this.changes.make(this.operators.actor(me, request), "site.add", "partner", partnerId, null,
				() -> this.printers.addSite(partnerId, name.strip(), region.strip(), schoolId),
				(id) -> Map.of("site", id, "name", name.strip(), "region", region.strip()), null);
		model.addAttribute("siteId", siteId);
		model.addAttribute("siteName", name.strip());
		return "admin/site-added";
	}

	/** A new printer at a site; its secret is on this answer only. */
	@PostMapping("/admin/sites/{siteId}/printers")
	String register(CurrentAccount me, HttpServletRequest request, HttpServletResponse response,
			@PathVariable long siteId, @RequestParam @NotBlank @Size(max = 100) String name, Model model) {
		PrinterCredentials credentials = this.changes.make(this.operators.actor(me, request), "printer.register",
				"site", siteId, null, () -> this.printers.register(siteId, name.strip()),
				PrinterAdminController.KeyIssued::of, null);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("printer", this.printers.get(credentials.printerId()));
		model.addAttribute("credentials", credentials);
		return "admin/printer-key";
	}

	private List<BoardRow> rows() {
		List<Printer> all = this.printers.all();
		Map<Long, Long> waiting = this.printerJobs.waiting(all.stream().map(Printer::id).toList());
		List<BoardRow> rows = new ArrayList<>();
		for (Printer p : all) {
			rows.add(new BoardRow(p, p.status().state() != PrinterState.ONLINE, waiting.getOrDefault(p.id(), 0L)));
		}
		rows.sort(Comparator.comparing((BoardRow r) -> !r.attention())
			.thenComparing((BoardRow r) -> r.printer().site())
			.thenComparing((BoardRow r) -> r.printer().name()));
		return rows;
	}

}
