package com.adtopaper.member.internal;

import java.util.List;

import com.adtopaper.member.Accounts;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.Registration;
import com.adtopaper.member.School;
import com.adtopaper.member.Schools;
import com.adtopaper.member.SecondFactors;
import com.adtopaper.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo accounts: one per role and a few members. Created once; the
 * H2 file keeps them across restarts. README.md lists the same credentials.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "adtopaper.demo-data.enabled", havingValue = "true")
class MemberDemoData implements ApplicationRunner {

	static final String PASSWORD = "adtopaper-demo";

	/**
	 * The demo operators' second factor (README.md says so): any authenticator app, or
	 * {@code oathtool --totp -b}, shows its codes.
	 */
	static final String OPERATOR_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private static final Logger log = LoggerFactory.getLogger(MemberDemoData.class);

	private final Accounts accounts;

	private final Members members;

	private final Schools schools;

	private final SecondFactors factors;

	MemberDemoData(Accounts accounts, Members members, Schools schools, SecondFactors factors) {
		this.accounts = accounts;
		this.factors = factors;
		this.members = members;
		this.schools = schools;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.findByEmail("admin@adtopaper.example").isEmpty()) {
			this.accounts.create("admin@adtopaper.example", PASSWORD, "Operator Kim", Role.ADMIN);
			this.accounts.create("advertiser@adtopaper.example", PASSWORD, "Campus Coffee Co.", Role.ADVERTISER);
			this.accounts.create("partner@adtopaper.example", PASSWORD, "Sinchon Copy Shop", Role.PARTNER);
			List<School> all = this.schools.all();
			String[][] people = { { "member1@adtopaper.example", "Minji Park", "Computer Science", "FEMALE" },
					{ "member2@adtopaper.example", "Jihoon Lee", "Economics", "MALE" },
					{ "member3@adtopaper.example", "Seoyeon Choi", "Design", "FEMALE" } };
			for (int i = 0; i < people.length; i++) {
				// verified: their schools' mail is not ours to receive
				this.members.enrolVerified(new Registration(people[i][0], PASSWORD, people[i][1],
						all.get(i % all.size()).id(), people[i][2], 2022 + i, Gender.valueOf(people[i][3]), 2003 + i));
			}
		}
		if (this.accounts.findByEmail("support@adtopaper.example").isEmpty()) {
			this.accounts.create("support@adtopaper.example", PASSWORD, "Support Lee", Role.SUPPORT);
		}
		for (String operator : List.of("admin@adtopaper.example", "support@adtopaper.example")) {
			this.accounts.findByEmail(operator)
				.ifPresent((account) -> this.factors.enrolDemo(account.id(), OPERATOR_TOTP_SECRET));
		}
		log.info("""
				Demo accounts (password '{}'; the operators' second factor: oathtool --totp -b {}):
				    admin@adtopaper.example       ADMIN
				    support@adtopaper.example     SUPPORT (sees the admin site, changes nothing)
				    advertiser@adtopaper.example  ADVERTISER
				    partner@adtopaper.example     PARTNER
				    member1@adtopaper.example     MEMBER (also member2, member3)""", PASSWORD, OPERATOR_TOTP_SECRET);
	}

}
