package com.adtopaper.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import com.adtopaper.audit.AuditLog;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.LineKind;
import com.adtopaper.settlement.NewAdjustment;
import com.adtopaper.settlement.NewTerms;
import com.adtopaper.settlement.PartnerTerms;
import com.adtopaper.settlement.PayoutStatus;
import com.adtopaper.settlement.Statement;
import com.adtopaper.settlement.Statements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
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
 * Settlement on the admin site (the settlement module keeps the money; these are its
 * pages): a month's statements and the month closed by hand, a statement with its lines
 * and its payout moved along its states, a partner's terms (with the day they take
 * effect) and adjustments with their reasons.
 */
@Controller
@Validated
class AdminSettlementPages {

	private final Statements statements;

	private final PartnerTerms terms;

	private final Accounts accounts;

	private final Printers printers;

	private final AuditLog audit;

	private final Clock clock;

	private final Operators operators;

	private final AuditedChanges changes;

	AdminSettlementPages(Statements statements, PartnerTerms terms, Accounts accounts, Printers printers,
			AuditLog audit, Clock clock, Operators operators, AuditedChanges changes) {
		this.statements = statements;
		this.terms = terms;
		this.accounts = accounts;
		this.printers = printers;
		this.audit = audit;
		this.clock = clock;
		this.operators = operators;
		this.changes = changes;
	}

	@GetMapping("/admin/settlement")
	String month(@RequestParam(required = false) @Nullable YearMonth period, Model model) {
		YearMonth thisMonth = YearMonth.now(this.clock.withZone(AdminSiteController.SEOUL));
		YearMonth shown = (period != null) ? period : this.statements.lastClosed().orElse(thisMonth.minusMonths(1));
		model.addAttribute("period", shown);
		model.addAttribute("lastClosed", this.statements.lastClosed().orElse(null));
		model.addAttribute("closable", thisMonth.minusMonths(1));
		model.addAttribute("statements", this.statements.ofPeriod(shown));
		return "admin/settlement";
	}

	/**
	 * Closes every month up to this one that is not closed yet (never the running one).
	 */
	@PostMapping("/admin/settlement/close")
	String close(CurrentAccount me, HttpServletRequest request, @RequestParam YearMonth period,
			RedirectAttributes redirect) {
		YearMonth thisMonth = YearMonth.now(this.clock.withZone(AdminSiteController.SEOUL));
		if (!period.isBefore(thisMonth)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Only a month that has ended can be closed.");
		}
		this.changes.make(this.operators.actor(me, request), "settlement.close", "period", period, null,
				() -> this.statements.close(period), null);
		redirect.addFlashAttribute("notice", "admin.settlement.closed");
		return "redirect:/admin/settlement?period=" + period;
	}

	@GetMapping("/admin/settlement/statements/{statementId}")
	String statement(@PathVariable long statementId, Model model) {
		Statement statement = this.statements.byId(statementId);
		model.addAttribute("statement", statement);
		model.addAttribute("next", statement.status().next(statement.business()));
		model.addAttribute("audit", this.audit.ofObject("statement", statementId, 25));
		return "admin/statement";
	}

	@PostMapping("/admin/settlement/statements/{statementId}/payout")
	String move(CurrentAccount me, HttpServletRequest request, @PathVariable long statementId,
			@RequestParam PayoutStatus status, @RequestParam(defaultValue = "") @Size(max = 500) String reason,
			RedirectAttributes redirect) {
		this.changes.make(this.operators.actor(me, request), "settlement.payout", "statement", statementId,
				() -> this.statements.byId(statementId),
				() -> this.statements.move(me.id(), statementId, status, reason.isBlank() ? null : reason),
				reason.isBlank() ? null : reason.strip());
		redirect.addFlashAttribute("notice", "admin.settlement.moved");
		return "redirect:/admin/settlement/statements/" + statementId;
	}

	@GetMapping("/admin/settlement/partners/{partnerId}")
	String partner(@PathVariable long partnerId, Model model) {
		model.addAttribute("partner", partner(partnerId));
		model.addAttribute("terms", this.terms.ofPartner(partnerId));
		model.addAttribute("printers", this.printers.ofPartner(partnerId));
		model.addAttribute("statements", this.statements.ofPartner(partnerId));
		model.addAttribute("adjustments", this.statements.openAdjustments(partnerId));
		model.addAttribute("audit", this.audit.ofObject("partner", partnerId, 25));
		model.addAttribute("today", LocalDate.now(this.clock.withZone(AdminSiteController.SEOUL)));
		return "admin/partner";
	}

	@PostMapping("/admin/settlement/partners/{partnerId}/terms")
	String setTerms(CurrentAccount me, HttpServletRequest request, @PathVariable long partnerId,
			@RequestParam @Positive long siteId, @RequestParam(required = false) @Positive @Nullable Long printerId,
			@RequestParam @Min(0) @Max(10_000) int shareBps, @RequestParam @Min(0) @Max(1_000_000) long houseFee,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			RedirectAttributes redirect) {
		partner(partnerId);
		if (this.printers.partnerOfSite(siteId) != partnerId) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The partner has no site " + siteId + ".");
		}
		this.changes.make(this.operators.actor(me, request), "settlement.terms", "partner", partnerId,
				() -> this.terms.ofPartner(partnerId),
				() -> this.terms.set(me.id(), new NewTerms(siteId, printerId, shareBps, houseFee, effectiveFrom)),
				null);
		redirect.addFlashAttribute("notice", "admin.settlement.terms-set");
		return "redirect:/admin/settlement/partners/" + partnerId;
	}

	@PostMapping("/admin/settlement/partners/{partnerId}/adjustments")
	String adjust(CurrentAccount me, HttpServletRequest request, @PathVariable long partnerId,
			@RequestParam LineKind kind, @RequestParam @Min(-100_000_000) @Max(100_000_000) long amount,
			@RequestParam @NotBlank @Size(max = 500) String reason,
			@RequestParam(required = false) @Nullable YearMonth forPeriod, RedirectAttributes redirect) {
		partner(partnerId);
		this.changes.make(this.operators.actor(me, request), "settlement.adjust", "partner", partnerId, null,
				() -> this.statements.adjust(me.id(),
						new NewAdjustment(partnerId, kind, amount, reason.strip(), forPeriod)),
				reason.strip());
		redirect.addFlashAttribute("notice", "admin.settlement.adjusted");
		return "redirect:/admin/settlement/partners/" + partnerId;
	}

	private com.adtopaper.member.Account partner(long partnerId) {
		return this.accounts.find(partnerId)
			.filter((account) -> account.role() == Role.PARTNER)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no partner " + partnerId + "."));
	}

}
