package com.adtopaper.member.internal;

import com.adtopaper.platform.security.AccountStates;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts' state for the bearer-token check: a read of {@code accounts} through the
 * application's DataSource, so the query cache answers it and a block (a write to the
 * table) invalidates it on every node.
 */
@Component
class AccountStatesLookup implements AccountStates {

	private final AccountRepository accounts;

	AccountStatesLookup(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isActive(long accountId) {
		return this.accounts.findById(accountId).map(AccountEntity::enabled).orElse(false);
	}

}
