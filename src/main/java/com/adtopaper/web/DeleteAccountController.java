package com.adtopaper.web;

import com.adtopaper.member.AccountDeletions;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.MemberExceptions.WrongPassword;
import com.adtopaper.platform.security.CurrentAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member deletes their account: the page says what is erased and what is kept without
 * them, and why; the password confirms it; the session ends with it.
 */
@Controller
class DeleteAccountController {

	private final AccountDeletions deletions;

	private final Accounts accounts;

	DeleteAccountController(AccountDeletions deletions, Accounts accounts) {
		this.deletions = deletions;
		this.accounts = accounts;
	}

	@GetMapping("/account/delete")
	String page() {
		return "web/delete-account";
	}

	@PostMapping("/account/delete")
	String delete(CurrentAccount me, @RequestParam String email, @RequestParam String password,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		// typed out, as the deletion cannot be undone
		if (!this.accounts.find(me.id())
			.map((account) -> account.email().equalsIgnoreCase(email.strip()))
			.orElse(false)) {
			redirect.addFlashAttribute("problem", "web.delete.email-wrong");
			return "redirect:/account/delete";
		}
		try {
			this.deletions.delete(me.id(), password);
		}
		catch (WrongPassword ex) {
			redirect.addFlashAttribute("problem", "web.account.password.wrong");
			return "redirect:/account/delete";
		}
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/?deleted";
	}

}
