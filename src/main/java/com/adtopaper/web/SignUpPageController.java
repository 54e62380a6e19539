package com.adtopaper.web;

import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SignUpPageController {

	private final Members members;

	private final Schools schools;

	SignUpPageController(Members members, Schools schools) {
		this.members = members;
		this.schools = schools;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("schools", this.schools.all());
		model.addAttribute("genders", Gender.values());
	}

	@GetMapping("/signup")
	String form(@ModelAttribute("form") SignUpForm form) {
		return "web/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, HttpServletResponse response) {
		int status = HttpServletResponse.SC_BAD_REQUEST;
		if (!errors.hasErrors()) {
			try {
				this.members.register(form.toRegistration());
				return "redirect:/login?registered";
			}
			catch (DomainException ex) {
				if (ex.kind() == DomainException.Kind.CONFLICT) {
					status = HttpServletResponse.SC_CONFLICT;
				}
				if (ex.field() != null) {
					errors.rejectValue(ex.field(), ex.kind().name(), String.valueOf(ex.getMessage()));
				}
				else {
					errors.reject(ex.kind().name(), String.valueOf(ex.getMessage()));
				}
			}
		}
		response.setStatus(status);
		return "web/signup";
	}

}
