package com.adtopaper.advertiser;

import com.adtopaper.member.Account;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.CurrentAccount;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in advertiser's account. */
@RestController
class AdvertiserAccountController {

	private final Accounts accounts;

	AdvertiserAccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/advertiser/account")
	Account account(CurrentAccount me) {
		return this.accounts.find(me.id()).orElseThrow();
	}

}
