package com.adtopaper.member.internal;

import java.util.Optional;

import com.adtopaper.platform.database.PrimaryReads;
import com.adtopaper.platform.security.AccountStates;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts' state for the bearer-token check: a read of {@code accounts} through the
 * application's DataSource, so the query cache answers it and a block (a write to the
 * table) invalidates it on every node. An account not found may be one a replica does not
 * have yet (signed up a moment ago): it is looked for again on the primary.
 */
@Component
class AccountStatesLookup implements AccountStates {

	private final AccountReads reads;

	AccountStatesLookup(AccountReads reads) {
		this.reads = reads;
	}

	/**
	 * The read in a read-only transaction of its own, on a replica when there are some.
	 */
	@Component
	static class AccountReads {

		private final AccountRepository accounts;

		AccountReads(AccountRepository accounts) {
			this.accounts = accounts;
		}

		@Transactional(readOnly = true)
		Optional<AccountEntity> find(long accountId) {
			return this.accounts.findById(accountId);
		}

	}

	@Override
	public boolean isActive(long accountId) {
		Optional<AccountEntity> account = this.reads.find(accountId);
		if (account.isEmpty()) {
			account = PrimaryReads.call(() -> this.reads.find(accountId));
		}
		return account.map(AccountEntity::enabled).orElse(false);
	}

}
