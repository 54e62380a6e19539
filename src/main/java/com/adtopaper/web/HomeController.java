package com.adtopaper.web;

import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.AccountPrincipal;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page: a visitor is asked to sign up or log in; a signed-in account sees who
 * it is signed in as (and a member their points) with the way on.
 */
@Controller
class HomeController {

	private final Accounts accounts;

	private final Points points;

	HomeController(Accounts accounts, Points points) {
		this.accounts = accounts;
		this.points = points;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal @Nullable AccountPrincipal me,
			@RequestParam(name = "signed-out", required = false) @Nullable String signedOut, Model model) {
		if (me != null) {
			model.addAttribute("account", this.accounts.find(me.id()).orElseThrow());
			if (me.role() == Role.MEMBER) {
				model.addAttribute("balance", this.points.balance(me.id()));
			}
		}
		else {
			model.addAttribute("signedOut", signedOut != null);
		}
		return "web/home";
	}

	@GetMapping("/login")
	String login() {
		return "web/login";
	}

}
