package com.adtopaper.points;

import java.time.Duration;
import java.time.Instant;

import com.adtopaper.TestAccounts;
import com.adtopaper.TestServersConfiguration;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.MemberVerified;
import com.adtopaper.platform.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The points module on its own reacting to the member module's event: a member who
 * verified their school e-mail gets the sign-up bonus, once however often the event
 * comes. Boots points with the job queue, platform and member (which platform's security
 * needs; a listened-to event is no bootstrap dependency), against the test servers'
 * MariaDB.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "member", "platform" })
@ActiveProfiles("it")
@Import(TestServersConfiguration.class)
@Tag("integration")
class SignUpBonusModuleTests {

	@Autowired
	Points points;

	@Autowired
	Accounts accounts;

	@Test
	void aVerifiedMemberGetsTheSignUpBonusOnce(Scenario scenario) {
		// a real account's id: ids far beyond the others' would make every later morning
		// split an empty range of millions into chunks
		long member = this.accounts
			.create(TestAccounts.uniqueEmail("bonus"), TestAccounts.PASSWORD, "Bonus Member", Role.MEMBER)
			.id();
		MemberVerified verified = new MemberVerified(member, Instant.now());

		scenario.publish(verified)
			.andWaitForStateChange(() -> this.points.balance(member), (balance) -> balance.available() > 0)
			.andVerify((balance) -> assertThat(balance.held()).isZero());
		long bonus = this.points.balance(member).available();

		// delivered again (a retry after a crash, an operator's confirmation after the
		// link)
		scenario.publish(verified).andWaitForStateChange(() -> true);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.points.balance(member).equals(new Balance(bonus, 0)));
		assertThat(this.points.history(member, 0, 10).getTotalElements()).as("one entry, the bonus").isEqualTo(1);
	}

}
