package com.adtopaper.appapi;

import java.time.Instant;
import java.util.List;

import com.adtopaper.member.MemberExceptions.UnknownSchool;
import com.adtopaper.member.Members;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterCapabilities;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.Printers;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printers a member can release a job to: those at the sites of their school, or of
 * another school they name (a member visiting another campus), with the site that hosts
 * each and whether it can print now.
 */
@RestController
class PrinterController {

	private final Members members;

	private final Schools schools;

	private final Printers printers;

	PrinterController(Members members, Schools schools, Printers printers) {
		this.members = members;
		this.schools = schools;
		this.printers = printers;
	}

	/**
	 * A printer as a member sees it: no owner, no ids but the code they release by;
	 * {@code duplex} and {@code capabilities} are null while its agent has not told what
	 * it can do.
	 */
	record PrinterView(String code, String name, String site, String region, boolean available, PrinterStatus status,
			@Nullable Instant lastSeen, @Nullable Boolean duplex, @Nullable PrinterCapabilities capabilities) {

		static PrinterView of(Printer printer) {
			PrinterCapabilities capabilities = printer.capabilities();
			return new PrinterView(printer.code(), printer.name(), printer.site(), printer.region(),
					printer.available(), printer.status(), printer.lastSeen(),
					(capabilities != null) ? capabilities.duplex() : null, capabilities);
		}

	}

	@GetMapping("/api/v1/me/printers")
	List<PrinterView> printers(CurrentAccount me, @RequestParam(required = false) @Nullable Long school) {
		long schoolId = (school != null) ? this.schools.find(school).orElseThrow(() -> new UnknownSchool(school)).id()
				: this.members.schoolOf(me.id()).id();
		return this.printers.atSchool(schoolId).stream().map(PrinterView::of).toList();
	}

}
