package com.adtopaper.partner;

import com.adtopaper.member.Account;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.CurrentAccount;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in partner's account. */
@RestController
class PartnerAccountController {

	private final Accounts accounts;

	PartnerAccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/partner/account")
	Account account(CurrentAccount me) {
		return this.accounts.find(me.id()).orElseThrow();
	}

}
