package com.adtopaper.points.internal;

import com.adtopaper.member.MemberRegistered;
import com.adtopaper.points.Points;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A new member's first ledger entry: the sign-up bonus, granted once per member. */
@Component
class SignUpBonus {

	private final Points points;

	private final PointsSettings settings;

	SignUpBonus(Points points, PointsSettings settings) {
		this.points = points;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(MemberRegistered registered) {
		if (this.settings.signUpBonus() > 0) {
			this.points.grant(registered.memberId(), this.settings.signUpBonus(),
					"sign-up-bonus:" + registered.memberId(), "Welcome bonus");
		}
	}

}
