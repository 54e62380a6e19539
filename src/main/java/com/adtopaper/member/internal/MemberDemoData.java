package com.adtopaper.member.internal;

import java.util.List;

import com.adtopaper.member.Accounts;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.Registration;
import com.adtopaper.member.School;
import com.adtopaper.member.Schools;
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

	private static final Logger log = LoggerFactory.getLogger(MemberDemoData.class);

	private final Accounts accounts;

	private final Members members;

	private final Schools schools;

	MemberDemoData(Accounts accounts, Members members, Schools schools) {
		this.accounts = accounts;
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
		log.info("""
				Demo accounts (password '{}'):
				    admin@adtopaper.example       ADMIN
				    advertiser@adtopaper.example  ADVERTISER
				    partner@adtopaper.example     PARTNER
				    member1@adtopaper.example     MEMBER (also member2, member3)""", PASSWORD);
	}

}
