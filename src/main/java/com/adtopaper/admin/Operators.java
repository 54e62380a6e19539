package com.adtopaper.admin;

import com.adtopaper.audit.Actor;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.CurrentAccount;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/** Who the operator of a request is, for the audit log. */
@Component
class Operators {

	private final Accounts accounts;

	Operators(Accounts accounts) {
		this.accounts = accounts;
	}

	Actor actor(CurrentAccount operator, HttpServletRequest request) {
		String email = this.accounts.find(operator.id()).map((account) -> account.email()).orElse("?");
		return new Actor(operator.id(), email, address(request));
	}

	/**
	 * The client's address: the proxies in front pass it on, and the server's
	 * forwarded-headers handling (server.forward-headers-strategy) puts it here.
	 */
	static String address(HttpServletRequest request) {
		return String.valueOf(request.getRemoteAddr());
	}

}
