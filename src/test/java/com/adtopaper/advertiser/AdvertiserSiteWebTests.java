package com.adtopaper.advertiser;

import java.util.List;

import com.adtopaper.ChannelSlices;
import com.adtopaper.ads.AdsExceptions.NoSuchCampaign;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Creatives;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.Printers;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The advertiser site and API on their own: advertisers only, and another advertiser's
 * campaign is not found, on the pages (the site's problem page) and in the API (a problem
 * detail).
 */
@WebMvcTest(controllers = { CampaignPagesController.class, CampaignReportController.class, CampaignController.class,
		LiveCountersController.class })
@Import({ AdvertiserSecurity.class, ChannelSlices.Security.class, ChannelSlices.SignIn.class })
class AdvertiserSiteWebTests {

	static final long ADVERTISER = 31;

	static final long THEIRS = 77;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Campaigns campaigns;

	@MockitoBean
	CampaignReports reports;

	@MockitoBean
	Schools schools;

	@MockitoBean
	Creatives creatives;

	@MockitoBean
	ReportLabels labels;

	@MockitoBean
	Printers printers;

	@Test
	void visitorsAreSentToTheLoginAndTheApiWantsAToken() throws Exception {
		this.mvc.perform(get("/advertiser/campaigns")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/advertiser/campaigns/1/pause").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/advertiser/campaigns"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.campaigns);
	}

	@Test
	void otherRolesCannotOpenTheSiteOrTheApi() throws Exception {
		for (Role role : new Role[] { Role.MEMBER, Role.PARTNER, Role.ADMIN }) {
			for (String page : new String[] { "/advertiser/campaigns", "/advertiser/campaigns/1",
					"/advertiser/campaigns/1/live" }) {
				this.mvc.perform(get(page).with(session(5, role))).andExpect(status().isForbidden());
			}
			this.mvc.perform(post("/advertiser/campaigns/1/pause").with(session(5, role)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/advertiser/campaigns").with(token(5, role)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}
		verifyNoInteractions(this.campaigns);
	}

	@Test
	void anAdvertiserOpensTheirCampaigns() throws Exception {
		given(this.campaigns.list(ADVERTISER)).willReturn(List.of());
		this.mvc.perform(get("/advertiser/campaigns").with(session(ADVERTISER, Role.ADVERTISER)))
			.andExpect(status().isOk())
			.andExpect(view().name("advertiser/campaigns"));
		this.mvc.perform(get("/api/v1/advertiser/campaigns").with(token(ADVERTISER, Role.ADVERTISER)))
			.andExpect(status().isOk());
	}

	@Test
	void anotherAdvertisersCampaignIsNotFound() throws Exception {
		given(this.campaigns.get(ADVERTISER, THEIRS)).willThrow(new NoSuchCampaign(THEIRS));
		given(this.campaigns.pause(ADVERTISER, THEIRS)).willThrow(new NoSuchCampaign(THEIRS));
		for (String page : new String[] { "/advertiser/campaigns/" + THEIRS,
				"/advertiser/campaigns/" + THEIRS + "/edit" }) {
			this.mvc.perform(get(page).with(session(ADVERTISER, Role.ADVERTISER)))
				.andExpect(status().isNotFound())
				.andExpect(view().name("advertiser/problem"));
		}
		this.mvc
			.perform(post("/advertiser/campaigns/" + THEIRS + "/pause").with(session(ADVERTISER, Role.ADVERTISER))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/advertiser/campaigns/" + THEIRS + "/live").with(session(ADVERTISER, Role.ADVERTISER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/advertiser/campaigns/" + THEIRS).with(token(ADVERTISER, Role.ADVERTISER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
