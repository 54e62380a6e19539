package com.adtopaper.partner;

import java.time.Instant;
import java.util.Optional;

import com.adtopaper.ChannelSlices;
import com.adtopaper.member.Account;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static com.adtopaper.ChannelSlices.session;
import static com.adtopaper.ChannelSlices.token;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The partners' API and site on their own: partners only, each their own account. */
@WebMvcTest(controllers = PartnerAccountController.class)
@Import({ PartnerSecurity.class, ChannelSlices.Security.class, ChannelSlices.SignIn.class })
class PartnerApiWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Accounts accounts;

	@Test
	void theApiWantsAPartnersToken() throws Exception {
		this.mvc.perform(get("/api/v1/partner/account"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		for (Role role : new Role[] { Role.MEMBER, Role.ADVERTISER, Role.ADMIN }) {
			this.mvc.perform(get("/api/v1/partner/account").with(token(4, role)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}
		verifyNoInteractions(this.accounts);
	}

	@Test
	void aPartnerReadsTheirOwnAccount() throws Exception {
		given(this.accounts.find(4)).willReturn(
				Optional.of(new Account(4, "shop@adtopaper.example", "Copy Shop", Role.PARTNER, true, Instant.EPOCH)));
		this.mvc.perform(get("/api/v1/partner/account").with(token(4, Role.PARTNER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("shop@adtopaper.example"));
	}

	@Test
	void theSiteIsForPartnersOnly() throws Exception {
		this.mvc.perform(get("/partner/anything")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/partner/anything").with(session(4, Role.MEMBER))).andExpect(status().isForbidden());
	}

}
