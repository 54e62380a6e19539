package com.adtopaper.web;

import com.adtopaper.member.Gender;
import com.adtopaper.member.MemberExceptions.EmailAlreadyRegistered;
import com.adtopaper.member.Members;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.DomainException;
import com.adtopaper.platform.security.SignUpThrottle;
import com.adtopaper.platform.security.SignUpThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final SignUpThrottle throttle;

	private final MessageSource messages;

	SignUpPageController(Members members, Schools schools, SignUpThrottle throttle, MessageSource messages) {
		this.members = members;
		this.schools = schools;
		this.throttle = throttle;
		this.messages = messages;
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
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		int status = HttpServletResponse.SC_BAD_REQUEST;
		if (!errors.hasErrors()) {
			try {
				this.throttle.acquire(request.getRemoteAddr(), String.valueOf(form.getEmail()));
				this.members.register(form.toRegistration());
				// the same answer whether the address was new or taken
				return "redirect:/login?registered";
			}
			catch (EmailAlreadyRegistered ex) {
				return "redirect:/login?registered";
			}
			catch (SignUpThrottledException ex) {
				status = 429;
				response.setHeader("Retry-After", Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
				errors.reject("THROTTLED", this.messages.getMessage(SignUpThrottledException.WORDS,
						new Object[] { ex.retryAfterMinutes() }, LocaleContextHolder.getLocale()));
			}
			catch (DomainException ex) {
				if (ex.kind() == DomainException.Kind.CONFLICT) {
					status = HttpServletResponse.SC_CONFLICT;
				}
				String words = this.messages.getMessage(ex, LocaleContextHolder.getLocale());
				if (ex.field() != null) {
					errors.rejectValue(ex.field(), ex.kind().name(), words);
				}
				else {
					errors.reject(ex.kind().name(), words);
				}
			}
		}
		response.setStatus(status);
		return "web/signup";
	}

}
