package com.adtopaper.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.adtopaper.member.Members;
import com.adtopaper.member.MemberProfile;
import com.adtopaper.member.School;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.security.AccountPrincipal;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.Printers;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The printers of a school (a member's own, unless they choose another), with each one's
 * live state and the jobs waiting at it: a list and a campus plan of its buildings. The
 * board is a fragment the page asks for again every few seconds (htmx), so it updates
 * without a reload.
 */
@Controller
class PrintersPageController {

	/** Can print, in error (paper, toner, a door...), or not heard from. */
	enum Availability {

		CAN_PRINT, IN_ERROR, OFFLINE;

		static Availability of(Printer printer) {
			if (printer.available()) {
				return CAN_PRINT;
			}
			return (printer.status().state() == PrinterState.OFFLINE) ? OFFLINE : IN_ERROR;
		}

		public String css() {
			return name().toLowerCase().replace('_', '-');
		}

	}

	/** A printer as the board shows it. */
	record PrinterRow(Printer printer, Availability availability, long waiting) {
	}

	private final Schools schools;

	private final Members members;

	private final Printers printers;

	private final PrinterJobs printerJobs;

	PrintersPageController(Schools schools, Members members, Printers printers, PrinterJobs printerJobs) {
		this.schools = schools;
		this.members = members;
		this.printers = printers;
		this.printerJobs = printerJobs;
	}

	@GetMapping("/printers")
	String page(@AuthenticationPrincipal @Nullable AccountPrincipal me,
			@RequestParam(required = false) @Nullable Long school, Model model) {
		List<School> all = this.schools.all();
		model.addAttribute("schools", all);
		board(chosen(me, school, all), model);
		return "web/printers";
	}

	@GetMapping("/printers/board")
	String board(@RequestParam long school, Model model) {
		board(this.schools.find(school).orElse(null), model);
		return "web/printers :: board";
	}

	private void board(@Nullable School school, Model model) {
		model.addAttribute("school", school);
		List<Printer> atSchool = (school != null) ? this.printers.atSchool(school.id()) : List.of();
		Map<Long, Long> waiting = this.printerJobs.waiting(atSchool.stream().map(Printer::id).toList());
		List<PrinterRow> rows = atSchool.stream()
			.map((printer) -> new PrinterRow(printer, Availability.of(printer), waiting.getOrDefault(printer.id(), 0L)))
			.toList();
		Map<String, List<PrinterRow>> buildings = new LinkedHashMap<>();
		rows.forEach((row) -> buildings.computeIfAbsent(row.printer().site(), (site) -> new java.util.ArrayList<>())
			.add(row));
		model.addAttribute("rows", rows);
		model.addAttribute("buildings", buildings);
	}

	private @Nullable School chosen(@Nullable AccountPrincipal me, @Nullable Long school, List<School> all) {
		if (school != null) {
			return all.stream().filter((candidate) -> candidate.id() == school).findFirst().orElse(null);
		}
		if (me != null) {
			School own = this.members.findProfile(me.id()).map(MemberProfile::school).orElse(null);
			if (own != null) {
				return own;
			}
		}
		return all.isEmpty() ? null : all.get(0);
	}

}
