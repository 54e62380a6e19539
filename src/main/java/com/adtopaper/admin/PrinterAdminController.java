package com.adtopaper.admin;

import com.adtopaper.member.Accounts;
import com.adtopaper.member.MemberExceptions.UnknownSchool;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.Printers;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Operators add partners' sites and register printers there; the printer's secret is in
 * the answer once, for the agent's configuration.
 */
@RestController
class PrinterAdminController {

	private final Printers printers;

	private final Accounts accounts;

	private final Schools schools;

	private final Operators operators;

	private final AuditedChanges changes;

	PrinterAdminController(Printers printers, Accounts accounts, Schools schools, Operators operators,
			AuditedChanges changes) {
		this.printers = printers;
		this.accounts = accounts;
		this.schools = schools;
		this.operators = operators;
		this.changes = changes;
	}

	/** What the audit log keeps of a printer's credentials: never the secret. */
	record KeyIssued(long printerId, String code, String keyId) {

		static KeyIssued of(PrinterCredentials credentials) {
			return new KeyIssued(credentials.printerId(), credentials.code(), credentials.keyId());
		}

	}

	record NewSite(@NotNull @Positive Long partnerId, @NotBlank @Size(max = 150) String name,
			@NotBlank @Size(max = 50) String region, @Nullable @Positive Long schoolId) {
	}

	record SiteCreated(long id) {
	}

	record NewPrinter(@NotBlank @Size(max = 100) String name) {
	}

	@PostMapping("/api/v1/admin/sites")
	@ResponseStatus(HttpStatus.CREATED)
	SiteCreated addSite(CurrentAccount me, HttpServletRequest request, @Valid @RequestBody NewSite site) {
		this.accounts.find(site.partnerId())
			.filter((account) -> account.role() == Role.PARTNER)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no partner " + site.partnerId() + "."));
		if (site.schoolId() != null && this.schools.find(site.schoolId()).isEmpty()) {
			// the foreign key would refuse it too, but as a 500
			throw new UnknownSchool(site.schoolId());
		}
		return this.changes.make(this.operators.actor(me, request), "site.add", "partner", site.partnerId(), null,
				() -> new SiteCreated(
						this.printers.addSite(site.partnerId(), site.name(), site.region(), site.schoolId())),
				(created) -> new Object[] { site, created }, null);
	}

	@PostMapping("/api/v1/admin/sites/{siteId}/printers")
	@ResponseStatus(HttpStatus.CREATED)
	PrinterCredentials register(CurrentAccount me, HttpServletRequest request, @PathVariable long siteId,
			@Valid @RequestBody NewPrinter printer) {
		return this.changes.make(this.operators.actor(me, request), "printer.register", "site", siteId, null,
				() -> this.printers.register(siteId, printer.name()), KeyIssued::of, null);
	}

	/** A new key and secret; the old key stops working at once. */
	@PostMapping("/api/v1/admin/printers/{printerId}/key")
	PrinterCredentials renewKey(CurrentAccount me, HttpServletRequest request, @PathVariable long printerId) {
		return this.changes.make(this.operators.actor(me, request), "printer.rotate-key", "printer", printerId,
				() -> this.printers.get(printerId), () -> this.printers.renewKey(printerId), KeyIssued::of, null);
	}

	@GetMapping("/api/v1/admin/printers/{printerId}")
	Printer printer(@PathVariable long printerId) {
		return this.printers.get(printerId);
	}

}
