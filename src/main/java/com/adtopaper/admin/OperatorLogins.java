package com.adtopaper.admin;

import com.adtopaper.audit.Actor;
import com.adtopaper.audit.AuditLog;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.AccountPrincipal;
import com.adtopaper.platform.security.Role;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every password check of an operator's account, right or wrong, goes to the audit log
 * (the second factor's are recorded where it is checked).
 */
@Component
class OperatorLogins {

	private final AuditLog audit;

	private final Accounts accounts;

	OperatorLogins(AuditLog audit, Accounts accounts) {
		this.audit = audit;
		this.accounts = accounts;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
				&& isOperator(principal.role())) {
			this.audit.record(new Actor(principal.id(), principal.getUsername(), address(event.getAuthentication())),
					"login.password", "operator", principal.id(), null, null, null);
		}
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String email = event.getAuthentication().getName();
		this.accounts.findByEmail(email)
			.filter((account) -> isOperator(account.role()))
			.ifPresent((account) -> this.audit.record(
					new Actor(account.id(), account.email(), address(event.getAuthentication())),
					"login.password-failed", "operator", account.id(), null, null, null));
	}

	private static boolean isOperator(Role role) {
		return role == Role.ADMIN || role == Role.SUPPORT;
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "api";
	}

}
