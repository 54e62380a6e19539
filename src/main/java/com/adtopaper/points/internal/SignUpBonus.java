package com.adtopaper.points.internal;

import com.adtopaper.member.MemberVerified;
import com.adtopaper.points.Points;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A member's first ledger entry: the sign-up bonus, granted once per member when they
 * have verified their school e-mail (not at sign-up: an account nobody verified gets
 * nothing).
 */
@Component
class SignUpBonus {

	private final Points points;

	private final Ledger ledger;

	private final PointsSettings settings;

	SignUpBonus(Points points, Ledger ledger, PointsSettings settings) {
		this.points = points;
		this.ledger = ledger;
		this.settings = settings;
	}

	/**
	 * A verified member's points account opens here: the morning credits the accounts
	 * there are, so it skips the members who have not verified.
	 */
	@ApplicationModuleListener
	void on(MemberVerified verified) {
		this.ledger.open(verified.memberId());
		if (this.settings.signUpBonus() > 0) {
			this.points.grant(verified.memberId(), this.settings.signUpBonus(), "sign-up-bonus:" + verified.memberId(),
					"Welcome bonus");
		}
	}

}
