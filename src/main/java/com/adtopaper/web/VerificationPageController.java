package com.adtopaper.web;

import com.adtopaper.member.MemberExceptions.InvalidVerification;
import com.adtopaper.member.SchoolVerification;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The link of the verification mail. */
@Controller
class VerificationPageController {

	private final SchoolVerification verification;

	VerificationPageController(SchoolVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/verify")
	String verify(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		try {
			this.verification.verifyByLink(token);
			model.addAttribute("verified", true);
		}
		catch (InvalidVerification ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("verified", false);
		}
		return "web/verify";
	}

}
