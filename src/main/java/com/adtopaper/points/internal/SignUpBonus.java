package com.adtopaper.points.internal;

import com.adtopaper.member.MemberRegistered;
import com.adtopaper.points.Points;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A new member's first ledger entry: the sign-up bonus, granted once per member. */
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

	/** Every member has an account from the start: the morning credits accounts. */
	@ApplicationModuleListener
	void on(MemberRegistered registered) {
		this.ledger.open(registered.memberId());
		if (this.settings.signUpBonus() > 0) {
			this.points.grant(registered.memberId(), this.settings.signUpBonus(),
					"sign-up-bonus:" + registered.memberId(), "Welcome bonus");
		}
	}

}
