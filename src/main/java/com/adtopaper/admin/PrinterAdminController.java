package com.adtopaper.admin;

import com.adtopaper.member.Accounts;
import com.adtopaper.member.MemberExceptions.UnknownSchool;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.Printers;
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

	PrinterAdminController(Printers printers, Accounts accounts, Schools schools) {
		this.printers = printers;
		this.accounts = accounts;
		this.schools = schools;
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
	SiteCreated addSite(@Valid @RequestBody NewSite site) {
		this.accounts.find(site.partnerId())
			.filter((account) -> account.role() == Role.PARTNER)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no partner " + site.partnerId() + "."));
		if (site.schoolId() != null && this.schools.find(site.schoolId()).isEmpty()) {
			// the foreign key would refuse it too, but as a 500
			throw new UnknownSchool(site.schoolId());
		}
		return new SiteCreated(this.printers.addSite(site.partnerId(), site.name(), site.region(), site.schoolId()));
	}

	@PostMapping("/api/v1/admin/sites/{siteId}/printers")
	@ResponseStatus(HttpStatus.CREATED)
	PrinterCredentials register(@PathVariable long siteId, @Valid @RequestBody NewPrinter printer) {
		return this.printers.register(siteId, printer.name());
	}

	/** A new key and secret; the old key stops working at once. */
	@PostMapping("/api/v1/admin/printers/{printerId}/key")
	PrinterCredentials renewKey(@PathVariable long printerId) {
		return this.printers.renewKey(printerId);
	}

	@GetMapping("/api/v1/admin/printers/{printerId}")
	Printer printer(@PathVariable long printerId) {
		return this.printers.get(printerId);
	}

}
