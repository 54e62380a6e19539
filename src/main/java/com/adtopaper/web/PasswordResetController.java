package com.adtopaper.web;

import com.adtopaper.member.MemberExceptions.InvalidPasswordReset;
import com.adtopaper.member.MemberExceptions.InvalidProfile;
import com.adtopaper.member.PasswordResets;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password: the address is asked for, and every address gets the same answer
 * (a mail goes only to one that has an account); the mail's link opens the form for the
 * new password, once, for 30 minutes.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password-reset")
	String page(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		if (!token.isEmpty()) {
			return newPasswordForm(token, model, response);
		}
		return "web/forgot-password";
	}

	@PostMapping("/password-reset/mail")
	String mail(@RequestParam String email) {
		this.resets.request(email);
		return "redirect:/password-reset?sent";
	}

	@PostMapping("/password-reset")
	String reset(@RequestParam String token, @RequestParam String password, Model model, HttpServletResponse response) {
		try {
			this.resets.reset(token, password);
			return "redirect:/login?reset";
		}
		catch (InvalidPasswordReset ex) {
			return newPasswordForm(token, model, response);
		}
		catch (InvalidProfile ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("token", token);
			model.addAttribute("usable", true);
			model.addAttribute("problem", "web.account.password.rules");
			return "web/new-password";
		}
	}

	private String newPasswordForm(String token, Model model, HttpServletResponse response) {
		boolean usable = this.resets.usable(token);
		if (!usable) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("token", token);
		model.addAttribute("usable", usable);
		return "web/new-password";
	}

}
