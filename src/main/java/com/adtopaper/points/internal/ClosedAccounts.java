package com.adtopaper.points.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.adtopaper.member.AccountDeleted;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A member who deleted their account gets no more morning points: their points account is
 * closed. Its ledger stays, without the person, for the settlement with advertisers and
 * partners.
 */
@Component
class ClosedAccounts {

	private final JdbcClient jdbc;

	ClosedAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountDeleted deleted) {
		this.jdbc.sql("update points_accounts set closed_at = ? where member_id = ? and closed_at is null")
			.params(LocalDateTime.ofInstant(deleted.deletedAt(), ZoneOffset.UTC), deleted.accountId())
			.update();
	}

}
