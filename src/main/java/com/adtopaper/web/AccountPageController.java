package com.adtopaper.web;

import com.adtopaper.member.Accounts;
import com.adtopaper.member.MemberExceptions.InvalidProfile;
import com.adtopaper.member.MemberExceptions.WrongPassword;
import com.adtopaper.member.Members;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in account's page: for a member, their profile (what ads target), push
 * preference and points; for everyone, the change of password. A refusal is said on the
 * page, in the page's language ({@code problem} is a message key).
 */
@Controller
class AccountPageController {

	private final Accounts accounts;

	private final Members members;

	private final SchoolVerification verification;

	private final Points points;

	AccountPageController(Accounts accounts, Members members, SchoolVerification verification, Points points) {
		this.accounts = accounts;
		this.members = members;
		this.verification = verification;
		this.points = points;
	}

	@GetMapping("/account")
	String account(CurrentAccount me, Model model) {
		model.addAttribute("account", this.accounts.find(me.id()).orElseThrow());
		if (me.role() == Role.MEMBER) {
			model.addAttribute("member", this.members.profile(me.id()));
			model.addAttribute("balance", this.points.balance(me.id()));
		}
		return "web/account";
	}

	@PostMapping("/account/verification-mail")
	String sendVerification(CurrentAccount me) {
		this.verification.sendVerification(me.id());
		return "redirect:/account?mailed";
	}

	@PostMapping("/account/push")
	String choosePush(CurrentAccount me, @RequestParam boolean optedOut) {
		this.members.choosePush(me.id(), optedOut);
		return "redirect:/account";
	}

	@PostMapping("/account/profile")
	String profile(CurrentAccount me, @RequestParam String major,
			@RequestParam(required = false) @Nullable Integer admissionYear, RedirectAttributes redirect) {
		if (admissionYear == null) {
			redirect.addFlashAttribute("problem", "web.account.profile.bad-year");
			return "redirect:/account";
		}
		try {
			this.members.updateProfile(me.id(), major, admissionYear);
			redirect.addFlashAttribute("notice", "web.account.profile.saved");
		}
		catch (InvalidProfile ex) {
			redirect.addFlashAttribute("problem", "admissionYear".equals(ex.field()) ? "web.account.profile.bad-year"
					: "web.account.profile.bad-major");
		}
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String password(CurrentAccount me, @RequestParam String currentPassword, @RequestParam String newPassword,
			RedirectAttributes redirect) {
		try {
			this.accounts.changePassword(me.id(), currentPassword, newPassword);
			redirect.addFlashAttribute("notice", "web.account.password.changed");
		}
		catch (WrongPassword ex) {
			redirect.addFlashAttribute("problem", "web.account.password.wrong");
		}
		catch (InvalidProfile ex) {
			redirect.addFlashAttribute("problem", "web.account.password.rules");
		}
		return "redirect:/account";
	}

}
