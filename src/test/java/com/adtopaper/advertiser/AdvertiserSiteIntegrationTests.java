package com.adtopaper.advertiser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.adtopaper.EnglishPages;
import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignStatus;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The advertiser site's pages: campaigns written through forms, and nobody else's seen.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(EnglishPages.class)
class AdvertiserSiteIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Advertisers advertisers;

	@Autowired
	Campaigns campaigns;

	@Autowired
	JdbcTemplate jdbc;

	String advertiserEmail;

	long advertiserId;

	@BeforeEach
	void advertiser() {
		this.advertiserEmail = TestAccounts.uniqueEmail("site");
		this.advertiserId = this.advertisers
			.invite(this.advertiserEmail, TestAccounts.PASSWORD, "Campus Books", "Minji Park", "010-2222-3333")
			.accountId();
	}

	@Test
	void anAdvertiserLogsInWritesACampaignAndSubmitsIt() throws Exception {
		Cookie session = login(this.advertiserEmail, "/advertiser/campaigns");
		String location = this.mvc
			.perform(campaignForm(post("/advertiser/campaigns"), session).param("schoolIds", "1", "2")
				.param("majors", "Economics, Law")
				.param("admissionYears", "2024, 2025")
				.param("genders", "FEMALE")
				.param("hours", "9", "10")
				.param("weekdays", "MONDAY"))
			.andExpect(redirectedUrlPattern("/advertiser/campaigns/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Campaign campaign = this.campaigns.get(this.advertiserId, id);
		assertThat(campaign.targeting().majors()).containsExactlyInAnyOrder("Economics", "Law");
		assertThat(campaign.targeting().admissionYears()).containsExactlyInAnyOrder(2024, 2025);
		assertThat(campaign.targeting().hours()).containsExactlyInAnyOrder(9, 10);

		this.mvc.perform(get("/advertiser/campaigns").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Exam season")));
		this.mvc.perform(get(location).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong id=\"pagesToday\">0</strong>")))
			.andExpect(content().string(containsString("Submit for review")));
		this.mvc.perform(get(location + "/edit").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Economics, Law")));

		this.mvc.perform(post(location + "/submit").cookie(session).with(csrf())).andExpect(redirectedUrl(location));
		assertThat(this.campaigns.get(this.advertiserId, id).status()).isEqualTo(CampaignStatus.PENDING_REVIEW);
		this.mvc.perform(get(location).cookie(session))
			.andExpect(content().string(containsString("Sent for review.")))
			.andExpect(content().string(not(containsString("Submit for review"))));
		// a campaign under review cannot be submitted again: said on the page, nothing
		// changes
		this.mvc.perform(post(location + "/submit").cookie(session).with(csrf())).andExpect(redirectedUrl(location));
		this.mvc.perform(get(location).cookie(session))
			.andExpect(content().string(containsString("cannot be submitted")));
	}

	@Test
	void creativesAreUploadedFromTheCampaignPageAndShownOnAnA4Page() throws Exception {
		Cookie session = login(this.advertiserEmail, "/advertiser/campaigns");
		Campaign campaign = this.campaigns.create(this.advertiserId, CampaignsFixture.draft("With a picture"));
		String base = "/advertiser/campaigns/" + campaign.id();
		this.mvc.perform(multipart(base + "/creatives")
			.file(new MockMultipartFile("file", "ad.png", "image/png",
					"%PDF-1.7 not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.cookie(session)
			.with(csrf())).andExpect(redirectedUrl(base));
		this.mvc.perform(get(base).cookie(session))
			.andExpect(content().string(containsString("not a PNG or JPEG image")));
		assertThat(this.jdbc.queryForObject("select count(*) from creatives where campaign_id = ?", Integer.class,
				campaign.id()))
			.isZero();

		this.mvc
			.perform(multipart(base + "/creatives").file(new MockMultipartFile("file", "ad.png", "image/png", png()))
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl(base));
		this.mvc.perform(get(base).cookie(session))
			.andExpect(content().string(containsString("Uploaded; the print band is being made")));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> "READY".equals(this.jdbc.queryForObject("select status from creatives where campaign_id = ?",
					String.class, campaign.id())));
		this.mvc.perform(get(base).cookie(session))
			.andExpect(content().string(containsString("class=\"a4\"")))
			.andExpect(content().string(containsString("-band.png")));

		String otherEmail = TestAccounts.uniqueEmail("site-creatives");
		this.advertisers.invite(otherEmail, TestAccounts.PASSWORD, "Other Co", "Other", "010-0000-0000");
		Cookie other = login(otherEmail, "/advertiser/campaigns");
		this.mvc
			.perform(multipart(base + "/creatives").file(new MockMultipartFile("file", "ad.png", "image/png", png()))
				.cookie(other)
				.with(csrf()))
			.andExpect(status().isNotFound());
		Long creative = this.jdbc.queryForObject("select id from creatives where campaign_id = ?", Long.class,
				campaign.id());
		this.mvc.perform(post("/advertiser/creatives/" + creative + "/remove").cookie(other).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/advertiser/creatives/" + creative + "/remove").cookie(session).with(csrf()))
			.andExpect(redirectedUrl(base));
		assertThat(this.jdbc.queryForObject("select count(*) from creatives where campaign_id = ?", Integer.class,
				campaign.id()))
			.isZero();
	}

	private static byte[] png() throws java.io.IOException {
		var image = new java.awt.image.BufferedImage(1200, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(java.awt.Color.ORANGE);
		graphics.fillRect(0, 0, 1200, 300);
		graphics.dispose();
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void theFormNamesWhatIsWrongAndWritesNothing() throws Exception {
		Cookie session = login(this.advertiserEmail, "/advertiser/campaigns");
		int before = campaignCount();
		this.mvc.perform(campaignForm(post("/advertiser/campaigns"), session, "endsOn", TODAY.minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The campaign must end on or after the day it starts.")));
		this.mvc.perform(campaignForm(post("/advertiser/campaigns"), session, "totalBudget", "lots"))
			.andExpect(content().string(containsString("Enter a whole number.")));
		this.mvc.perform(campaignForm(post("/advertiser/campaigns"), session, "dailyBudget", "-5"))
			.andExpect(content().string(containsString("The daily budget must be positive")));
		this.mvc.perform(campaignForm(post("/advertiser/campaigns"), session, "schoolIds", "999999"))
			.andExpect(content().string(containsString("There is no school with id 999999.")));
		this.mvc.perform(campaignForm(post("/advertiser/campaigns"), session, "admissionYears", "2024, soon"))
			.andExpect(content().string(containsString("Write numbers separated by commas.")));
		assertThat(campaignCount()).isEqualTo(before);
	}

	@Test
	void aDailyBudgetAboveTheTotalIsRefusedOnTheFormWithTheAmountsKept() throws Exception {
		Cookie session = login(this.advertiserEmail, "/advertiser/campaigns");
		int before = campaignCount();
		this.mvc.perform(campaignForm(post("/advertiser/campaigns"), session, "dailyBudget", "300000"))
			.andExpect(status().isOk())
			.andExpect(view().name("advertiser/campaign-form"))
			.andExpect(content().string(containsString(
					"<span class=\"error\">The daily budget must be positive and at most the total budget.</span>")))
			.andExpect(content().string(containsString("value=\"300000\"")));
		assertThat(campaignCount()).isEqualTo(before);
	}

	@Test
	void anotherAdvertisersCampaignIsNotFoundOnAnyRoute() throws Exception {
		Campaign theirs = this.campaigns.create(this.advertiserId, CampaignsFixture.draft("Theirs"));
		String otherEmail = TestAccounts.uniqueEmail("site-other");
		this.advertisers.invite(otherEmail, TestAccounts.PASSWORD, "Other Co", "Other", "010-0000-0000");
		Cookie other = login(otherEmail, "/advertiser/campaigns");
		String base = "/advertiser/campaigns/" + theirs.id();
		for (String page : new String[] { base, base + "/edit", base + "/report.csv", base + "/report.csv?by=all",
				base + "/live" }) {
			this.mvc.perform(get(page).cookie(other)).andExpect(status().isNotFound());
		}
		for (String action : new String[] { base, base + "/submit", base + "/pause", base + "/resume" }) {
			this.mvc.perform(campaignForm(post(action), other)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/advertiser/campaigns").cookie(other))
			.andExpect(content().string(not(containsString("Theirs"))));
		assertThat(this.campaigns.get(this.advertiserId, theirs.id()).status()).isEqualTo(CampaignStatus.DRAFT);
	}

	@Test
	void otherRolesAndVisitorsCannotOpenTheSite() throws Exception {
		Campaign campaign = this.campaigns.create(this.advertiserId, CampaignsFixture.draft("Mine"));
		String base = "/advertiser/campaigns/" + campaign.id();
		for (Role role : new Role[] { Role.MEMBER, Role.PARTNER, Role.ADMIN, Role.SUPPORT }) {
			String email = TestAccounts.uniqueEmail("site-" + role.name().toLowerCase());
			this.accounts.create(email, TestAccounts.PASSWORD, "Someone", role);
			// a partner lands on their own site, an operator on the admin site, a member
			// on
			// their account page
			Cookie session = login(email, switch (role) {
				case PARTNER -> "/partner";
				case ADMIN, SUPPORT -> "/admin";
				default -> "/account";
			});
			for (String page : new String[] { "/advertiser/campaigns", base, base + "/report.csv", base + "/live" }) {
				this.mvc.perform(get(page).cookie(session)).andExpect(status().isForbidden());
			}
			this.mvc.perform(post(base + "/pause").cookie(session).with(csrf())).andExpect(status().isForbidden());
		}
		this.mvc.perform(get(base)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(campaignForm(post("/advertiser/campaigns"), null, "name", "Sneaky"))
			.andExpect(redirectedUrl("/login"));
	}

	private int campaignCount() {
		return this.jdbc.queryForObject("select count(*) from campaigns", Integer.class);
	}

	/**
	 * The campaign form, filled in; {@code overrides} replace fields (name, value, name,
	 * value...) and may repeat a name for several values.
	 */
	private static MockHttpServletRequestBuilder campaignForm(MockHttpServletRequestBuilder request, Cookie session,
			String... overrides) {
		if (session != null) {
			request.cookie(session);
		}
		var fields = new LinkedHashMap<String, List<String>>();
		fields.put("name", List.of("Exam season"));
		fields.put("startsOn", List.of(TODAY.toString()));
		fields.put("endsOn", List.of(TODAY.plusDays(20).toString()));
		fields.put("totalBudget", List.of("200000"));
		fields.put("dailyBudget", List.of("10000"));
		fields.put("pricePerPage", List.of("25"));
		fields.put("priority", List.of("REMNANT"));
		fields.put("weight", List.of("100"));
		fields.put("frequencyCap", List.of("5"));
		var overridden = new LinkedHashMap<String, List<String>>();
		for (int i = 0; i < overrides.length; i += 2) {
			overridden.computeIfAbsent(overrides[i], (name) -> new ArrayList<>()).add(overrides[i + 1]);
		}
		fields.putAll(overridden);
		request.with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

	private Cookie login(String email, String home) throws Exception {
		Cookie session = this.mvc.perform(formLogin().user(email).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl(home))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

}
