package com.adtopaper.web;

import java.util.List;

import com.adtopaper.member.Accounts;
import com.adtopaper.member.Members;
import com.adtopaper.member.School;
import com.adtopaper.platform.security.AccountPrincipal;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Morning;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page, the service in one screen: how printing free works, the free points
 * every morning; a visitor is asked to sign up or log in; a member sees their points,
 * whether this morning's came, and their school's printers that can print now.
 */
@Controller
class HomeController {

	private final Accounts accounts;

	private final Points points;

	private final Morning morning;

	private final Members members;

	private final Printers printers;

	HomeController(Accounts accounts, Points points, Morning morning, Members members, Printers printers) {
		this.accounts = accounts;
		this.points = points;
		this.morning = morning;
		this.members = members;
		this.printers = printers;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal @Nullable AccountPrincipal me,
			@RequestParam(name = "signed-out", required = false) @Nullable String signedOut, Model model) {
		if (me != null) {
			model.addAttribute("account", this.accounts.find(me.id()).orElseThrow());
			if (me.role() == Role.MEMBER) {
				model.addAttribute("balance", this.points.balance(me.id()));
				model.addAttribute("morningCredited", this.morning.creditedToday(me.id()));
				School school = this.members.schoolOf(me.id());
				List<Printer> near = this.printers.atSchool(school.id());
				model.addAttribute("school", school);
				model.addAttribute("printersNear", near.size());
				model.addAttribute("printersReady", near.stream().filter(Printer::available).count());
			}
		}
		else {
			model.addAttribute("signedOut", signedOut != null);
		}
		model.addAttribute("morningPoints", this.morning.pointsEachMorning());
		return "web/home";
	}

	@GetMapping("/login")
	String login() {
		return "web/login";
	}

}
