package com.adtopaper.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.adtopaper.audit.Actor;
import com.adtopaper.audit.AuditLog;
import com.adtopaper.member.SecondFactors;
import com.adtopaper.platform.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator's second step after their password: a code of their authenticator app (RFC
 * 6238). An operator without a factor yet sets one up here first, from a QR code. The
 * right code adds {@code FACTOR_TOTP} to their sign-in, under a new session id, and from
 * then on their session ends after {@link #IDLE} without a request; five wrong codes end
 * the session.
 */
@Controller
class SecondFactorController {

	static final Duration IDLE = Duration.ofMinutes(30);

	static final int ATTEMPTS = 5;

	private static final String ENROLMENT_SECRET = SecondFactorController.class.getName() + ".secret";

	private static final String FAILURES = SecondFactorController.class.getName() + ".failures";

	private final SecondFactors factors;

	private final AuditLog audit;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SecondFactorController(SecondFactors factors, AuditLog audit) {
		this.factors = factors;
		this.audit = audit;
	}

	@GetMapping(AdminSecurity.SECOND_FACTOR_PAGE)
	String page(Authentication authentication, HttpSession session, Model model) {
		if (AdminSecurity.hasSecondFactor(authentication)) {
			return "redirect:/admin";
		}
		AccountPrincipal operator = (AccountPrincipal) authentication.getPrincipal();
		if (!this.factors.enrolled(operator.id())) {
			String secret = (String) session.getAttribute(ENROLMENT_SECRET);
			if (secret == null) {
				secret = this.factors.newSecret();
				session.setAttribute(ENROLMENT_SECRET, secret);
			}
			model.addAttribute("secret", secret);
			model.addAttribute("qrCode", this.factors.qrCode(secret, operator.getUsername()));
		}
		return "admin/second-factor";
	}

	@PostMapping(AdminSecurity.SECOND_FACTOR_PAGE)
	String check(Authentication authentication, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (AdminSecurity.hasSecondFactor(authentication)) {
			return "redirect:/admin";
		}
		AccountPrincipal operator = (AccountPrincipal) authentication.getPrincipal();
		HttpSession session = request.getSession();
		Actor actor = new Actor(operator.id(), operator.getUsername(), Operators.address(request));
		String enrolling = (String) session.getAttribute(ENROLMENT_SECRET);
		boolean enrolled = this.factors.enrolled(operator.id());
		String typed = (code.length() <= 16) ? code : "";
		boolean right = enrolled ? this.factors.verify(operator.id(), typed)
				: enrolling != null && this.factors.enrol(operator.id(), enrolling, typed);
		if (!right) {
			Integer failures = (Integer) session.getAttribute(FAILURES);
			int now = (failures != null) ? failures + 1 : 1;
			this.audit.record(actor, "login.second-factor-failed", "operator", operator.id(), null, null, null);
			if (now >= ATTEMPTS) {
				session.invalidate();
				this.holder.clearContext();
				return "redirect:/login?factor";
			}
			session.setAttribute(FAILURES, now);
			model.addAttribute("wrongCode", true);
			return page(authentication, session, model);
		}
		session.removeAttribute(FAILURES);
		session.removeAttribute(ENROLMENT_SECRET);
		this.audit.record(actor, enrolled ? "login.second-factor" : "login.second-factor-enrolled", "operator",
				operator.id(), null, null, null);
		List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromFactor("TOTP"));
		var withFactor = UsernamePasswordAuthenticationToken.authenticated(operator, null, authorities);
		withFactor.setDetails(authentication.getDetails());
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(withFactor);
		this.holder.setContext(context);
		// a new id for the session that now holds more: one taken before cannot use it
		request.changeSessionId();
		request.getSession().setMaxInactiveInterval((int) IDLE.toSeconds());
		this.contexts.saveContext(context, request, response);
		return "redirect:/admin";
	}

}
