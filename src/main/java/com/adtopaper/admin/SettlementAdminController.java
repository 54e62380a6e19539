package com.adtopaper.admin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.settlement.Adjustment;
import com.adtopaper.settlement.LineKind;
import com.adtopaper.settlement.NewAdjustment;
import com.adtopaper.settlement.NewTerms;
import com.adtopaper.settlement.PartnerTerms;
import com.adtopaper.settlement.PayoutStatus;
import com.adtopaper.settlement.Statement;
import com.adtopaper.settlement.StatementSummary;
import com.adtopaper.settlement.Statements;
import com.adtopaper.settlement.Terms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators set partners' terms, make deductions and adjustments, close a month by hand
 * (the recurring job does it on its day) and move payouts; the admin pages come with the
 * admin site.
 */
@RestController
class SettlementAdminController {

	private final PartnerTerms terms;

	private final Statements statements;

	private final Operators operators;

	private final AuditedChanges changes;

	SettlementAdminController(PartnerTerms terms, Statements statements, Operators operators, AuditedChanges changes) {
		this.terms = terms;
		this.statements = statements;
		this.operators = operators;
		this.changes = changes;
	}

	record TermsForm(@NotNull @Positive Long siteId, @Nullable @Positive Long printerId, @NotNull Integer shareBps,
			@NotNull Long houseFee, @NotNull LocalDate effectiveFrom) {
	}

	record AdjustmentForm(@NotNull @Positive Long partnerId, @NotNull LineKind kind, @NotNull Long amount,
			@NotBlank @Size(max = 500) String reason, @Nullable YearMonth forPeriod) {
	}

	record CloseForm(@NotNull YearMonth period) {
	}

	record Closed(List<YearMonth> closed) {
	}

	record PayoutForm(@NotNull PayoutStatus status, @Nullable @Size(max = 500) String reason) {
	}

	@PostMapping("/api/v1/admin/settlement/terms")
	@ResponseStatus(HttpStatus.CREATED)
	Terms setTerms(CurrentAccount me, HttpServletRequest request, @Valid @RequestBody TermsForm form) {
		return this.changes.make(this.operators.actor(me, request), "settlement.terms", "site", form.siteId(), null,
				() -> this.terms.set(me.id(), new NewTerms(form.siteId(), form.printerId(), form.shareBps(),
						form.houseFee(), form.effectiveFrom())),
				null);
	}

	@GetMapping("/api/v1/admin/settlement/partners/{partnerId}/terms")
	List<Terms> terms(@PathVariable long partnerId) {
		return this.terms.ofPartner(partnerId);
	}

	@PostMapping("/api/v1/admin/settlement/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
	Adjustment adjust(CurrentAccount me, HttpServletRequest request, @Valid @RequestBody AdjustmentForm form) {
		return this.changes.make(this.operators.actor(me, request), "settlement.adjust", "partner", form.partnerId(),
				null, () -> this.statements.adjust(me.id(), new NewAdjustment(form.partnerId(), form.kind(),
						form.amount(), form.reason(), form.forPeriod())),
				form.reason());
	}

	@PostMapping("/api/v1/admin/settlement/close")
	Closed close(CurrentAccount me, HttpServletRequest request, @Valid @RequestBody CloseForm form) {
		return this.changes.make(this.operators.actor(me, request), "settlement.close", "period", form.period(), null,
				() -> new Closed(this.statements.close(form.period())), null);
	}

	@GetMapping("/api/v1/admin/settlement/statements")
	List<StatementSummary> statements(@RequestParam YearMonth period) {
		return this.statements.ofPeriod(period);
	}

	@GetMapping("/api/v1/admin/settlement/statements/{statementId}")
	Statement statement(@PathVariable long statementId) {
		return this.statements.byId(statementId);
	}

	@PostMapping("/api/v1/admin/settlement/statements/{statementId}/payout")
	Statement move(CurrentAccount me, HttpServletRequest request, @PathVariable long statementId,
			@Valid @RequestBody PayoutForm form) {
		return this.changes.make(this.operators.actor(me, request), "settlement.payout", "statement", statementId,
				() -> this.statements.byId(statementId),
				() -> this.statements.move(me.id(), statementId, form.status(), form.reason()), form.reason());
	}

}
