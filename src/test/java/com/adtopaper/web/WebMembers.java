package com.adtopaper.web;

import java.time.Duration;

import com.adtopaper.TestAccounts;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.Registration;
import com.adtopaper.points.Points;
import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Members of the site's tests: verified, with their welcome points, logged in. */
record WebMembers(MockMvc mvc, Members members, Points points) {

	/** A verified member of school 1 (서울대학교, snu.ac.kr) once their bonus is in. */
	long newMember(String email) {
		long id = this.members
			.enrolVerified(new Registration(email, TestAccounts.PASSWORD, "웹 회원", 1L, "경제학", 2023, Gender.FEMALE, 2004))
			.id();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.points.balance(id).available() == 500);
		return id;
	}

	/** Logs in; the session lives in Redis and comes back as the SESSION cookie. */
	Cookie login(String email, String password) throws Exception {
		Cookie session = this.mvc.perform(formLogin().user(email).password(password))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

}
