package com.adtopaper.admin;

import com.adtopaper.ChannelSlices;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.MemberExceptions.NoSuchMember;
import com.adtopaper.member.Members;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static com.adtopaper.ChannelSlices.operatorSession;
import static com.adtopaper.ChannelSlices.session;
import static com.adtopaper.ChannelSlices.token;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The operators' API and site on their own: operators only. */
@WebMvcTest(controllers = MemberAdminController.class)
@Import({ AdminSecurity.class, ChannelSlices.Security.class, ChannelSlices.SignIn.class })
class AdminApiWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Members members;

	@MockitoBean
	SchoolVerification verification;

	@MockitoBean
	Points points;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	Operators operators;

	@MockitoBean
	AuditedChanges changes;

	@Test
	void theApiWantsAnOperatorsToken() throws Exception {
		this.mvc.perform(get("/api/v1/admin/members/3/points"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		for (Role role : new Role[] { Role.MEMBER, Role.ADVERTISER, Role.PARTNER }) {
			this.mvc.perform(get("/api/v1/admin/members/3/points").with(token(3, role)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
			this.mvc.perform(post("/api/v1/admin/accounts/3/block").with(token(3, role)))
				.andExpect(status().isForbidden());
		}
		verifyNoInteractions(this.members, this.points, this.accounts);
	}

	@Test
	void anOperatorReadsAnyMembersPointsAndAnUnknownMemberIsNotFound() throws Exception {
		given(this.points.balance(3)).willReturn(new Balance(120, 30));
		given(this.members.profile(404)).willThrow(new NoSuchMember(404));
		this.mvc.perform(get("/api/v1/admin/members/3/points").with(token(1, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.available").value(120));
		this.mvc.perform(get("/api/v1/admin/members/404").with(token(1, Role.ADMIN)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theSiteIsForOperatorsOnly() throws Exception {
		this.mvc.perform(get("/admin/anything")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/anything").with(session(3, Role.MEMBER))).andExpect(status().isForbidden());
		// an operator's password alone is not enough: the second factor comes first
		this.mvc.perform(get("/admin/anything").with(session(1, Role.ADMIN)))
			.andExpect(redirectedUrl("/admin/second-factor"));
		this.mvc.perform(get("/admin/anything").with(operatorSession(1, Role.ADMIN))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/anything").with(operatorSession(1, Role.SUPPORT)))
			.andExpect(status().isNotFound());
		// support staff see, and change nothing
		this.mvc.perform(post("/admin/anything").with(operatorSession(1, Role.SUPPORT)).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
