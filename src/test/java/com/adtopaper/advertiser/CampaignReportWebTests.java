package com.adtopaper.advertiser;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.adtopaper.ChannelSlices;
import com.adtopaper.ads.AdsExceptions.NoSuchCampaign;
import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignReport;
import com.adtopaper.ads.CampaignReport.Bucket;
import com.adtopaper.ads.CampaignReport.Slice;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.CampaignStatus;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Creatives;
import com.adtopaper.ads.LiveCounters;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.ReportDimension;
import com.adtopaper.ads.Targeting;
import com.adtopaper.member.Gender;
import com.adtopaper.member.School;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static com.adtopaper.ChannelSlices.session;
import static com.adtopaper.ChannelSlices.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A campaign's page as the advertiser reads it (amounts in one piece, printers by name
 * and site, genders in the site's words, what the campaign targets) and the same numbers
 * as JSON for the advertiser's programs: advertisers only, their own campaigns only, a
 * date that cannot be read refused as a problem (API) or the site's problem page
 * (browser).
 */
@WebMvcTest(controllers = { CampaignReportController.class, CampaignReportApiController.class,
		CampaignPagesController.class, AdvertiserPages.class })
@Import({ AdvertiserSecurity.class, ChannelSlices.Security.class, ChannelSlices.SignIn.class, ReportLabels.class })
class CampaignReportWebTests {

	static final long ADVERTISER = 31;

	static final long MINE = 5;

	static final long THEIRS = 77;

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Campaigns campaigns;

	@MockitoBean
	CampaignReports reports;

	@MockitoBean
	Schools schools;

	@MockitoBean
	Printers printers;

	@MockitoBean
	Creatives creatives;

	@BeforeEach
	void aCampaignWithPagesPrinted() {
		Targeting targeting = new Targeting(Set.of(2L), Set.of("Economics"), Set.of(2024), Set.of(Gender.MALE),
				Set.of(901L), Set.of("Seoul"), Set.of(9), Set.of(DayOfWeek.MONDAY));
		Campaign campaign = new Campaign(MINE, ADVERTISER, "Exam coffee", CampaignStatus.RUNNING, TODAY.minusDays(1),
				TODAY.plusDays(30), 1_000_000, 100_000, 20, Priority.REMNANT, 1, 0, targeting, null, Instant.EPOCH);
		Map<ReportDimension, List<Slice>> breakdowns = new EnumMap<>(ReportDimension.class);
		breakdowns.put(ReportDimension.SCHOOL, List.of(new Slice("2", 615, 12_300)));
		breakdowns.put(ReportDimension.GENDER, List.of(new Slice("MALE", 615, 12_300)));
		breakdowns.put(ReportDimension.PRINTER, List.of(new Slice("901", 615, 12_300)));
		List<Bucket> hourly = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			hourly.add(new Bucket("%02d".formatted(hour), (hour == 9) ? 615 : 0, (hour == 9) ? 12_300 : 0));
		}
		CampaignReport report = new CampaignReport(campaign, TODAY.minusDays(1), TODAY, TODAY, 615, 12_300, hourly,
				List.of(new Bucket(TODAY.minusDays(1).toString(), 0, 0), new Bucket(TODAY.toString(), 615, 12_300)),
				breakdowns, new LiveCounters(MINE, TODAY, 615, 12_300, 615, 12_300, 987_700, 87_700));
		given(this.campaigns.get(ADVERTISER, MINE)).willReturn(campaign);
		given(this.reports.today()).willReturn(TODAY);
		given(this.reports.report(eq(ADVERTISER), eq(MINE), any(), any(), any())).willReturn(report);
		given(this.campaigns.get(ADVERTISER, THEIRS)).willThrow(new NoSuchCampaign(THEIRS));
		given(this.reports.report(eq(ADVERTISER), eq(THEIRS), any(), any(), any()))
			.willThrow(new NoSuchCampaign(THEIRS));
		given(this.schools.all()).willReturn(List.of(new School(2, "SNU", "Seoul National University", "Seoul")));
		given(this.printers.all())
			.willReturn(List.of(new Printer(901, 90, "Engineering Library", 7, "ENG1", "Ground floor", "Seoul",
					new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()), null, null)));
	}

	@Test
	void theCampaignPageShowsEachAmountWithItsWonSignOnOneLine() throws Exception {
		this.mvc.perform(get("/advertiser/campaigns/" + MINE).with(session(ADVERTISER, Role.ADVERTISER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>₩<span id=\"spendToday\">12,300</span></strong>")))
			.andExpect(content().string(containsString("<strong>₩<span id=\"remainingToday\">87,700</span></strong>")))
			.andExpect(
					content().string(containsString("<strong>₩<span id=\"remainingBudget\">987,700</span></strong>")))
			.andExpect(content().string(not(containsString("<div>₩<strong"))));
	}

	@Test
	void theCampaignPageNamesPrintersAndGendersAsPeopleReadThem() throws Exception {
		this.mvc.perform(get("/advertiser/campaigns/" + MINE).with(session(ADVERTISER, Role.ADVERTISER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Ground floor · Engineering Library</td>")))
			.andExpect(content().string(not(containsString("Printer 901"))))
			.andExpect(content().string(containsString("<td>남성</td>")))
			.andExpect(content().string(not(containsString("<td>MALE</td>"))));
		this.mvc
			.perform(get("/advertiser/campaigns/" + MINE).with(session(ADVERTISER, Role.ADVERTISER))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("<td>Male</td>")));
	}

	@Test
	void theCampaignPageShowsWhoWhereAndWhenItTargets() throws Exception {
		this.mvc.perform(get("/advertiser/campaigns/" + MINE).with(session(ADVERTISER, Role.ADVERTISER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd id=\"targeting-schools\">Seoul National University</dd>")))
			.andExpect(content().string(containsString("<dd id=\"targeting-majors\">Economics</dd>")))
			.andExpect(content().string(containsString("<dd id=\"targeting-years\">2024</dd>")))
			.andExpect(content().string(containsString("<dd id=\"targeting-genders\">남성</dd>")))
			.andExpect(content()
				.string(containsString("<dd id=\"targeting-printers\">Ground floor · Engineering Library</dd>")))
			.andExpect(content().string(containsString("<dd id=\"targeting-regions\">Seoul</dd>")))
			.andExpect(content().string(containsString("<dd id=\"targeting-hours\">09:00</dd>")))
			.andExpect(content().string(containsString("<dd id=\"targeting-weekdays\">월</dd>")));
		this.mvc
			.perform(get("/advertiser/campaigns/" + MINE).with(session(ADVERTISER, Role.ADVERTISER))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("<dd id=\"targeting-genders\">Male</dd>")))
			.andExpect(content().string(containsString("<dd id=\"targeting-weekdays\">Mon</dd>")));
	}

	@Test
	void theCampaignFormOffersPrintersByNameAndSite() throws Exception {
		this.mvc.perform(get("/advertiser/campaigns/" + MINE + "/edit").with(session(ADVERTISER, Role.ADVERTISER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Engineering Library · Ground floor (Seoul)")))
			.andExpect(content().string(not(containsString("Printers (ids"))))
			.andExpect(content().string(containsString("<option value=\"901\" selected=\"selected\">")));
	}

	@Test
	void aDateThatCannotBeReadShowsTheSitesProblemPageNotJson() throws Exception {
		for (String query : new String[] { "day=notadate", "from=2026-13-01", "to=yesterday" }) {
			this.mvc
				.perform(get("/advertiser/campaigns/" + MINE + "?" + query).with(session(ADVERTISER, Role.ADVERTISER))
					.accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest())
				.andExpect(view().name("advertiser/problem"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		}
	}

	@Test
	void theReportApiGivesThePagesNumbersAsJson() throws Exception {
		this.mvc
			.perform(get("/api/v1/advertiser/campaigns/" + MINE + "/report?from=" + TODAY.minusDays(1) + "&to=" + TODAY)
				.with(token(ADVERTISER, Role.ADVERTISER)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.campaignId").value(MINE))
			.andExpect(jsonPath("$.pages").value(615))
			.andExpect(jsonPath("$.spend").value(12_300))
			.andExpect(jsonPath("$.byDay[1].label").value(TODAY.toString()))
			.andExpect(jsonPath("$.byDay[1].pages").value(615))
			.andExpect(jsonPath("$.byHour.length()").value(24))
			.andExpect(jsonPath("$.byHour[9].spend").value(12_300))
			.andExpect(jsonPath("$.breakdowns.school[0].label").value("Seoul National University"))
			.andExpect(jsonPath("$.breakdowns.printer[0].value").value("901"))
			.andExpect(jsonPath("$.breakdowns.printer[0].label").value("Ground floor · Engineering Library"))
			.andExpect(jsonPath("$.breakdowns.gender[0].value").value("MALE"))
			.andExpect(jsonPath("$.breakdowns.gender[0].percent").value(100))
			.andExpect(jsonPath("$.live.remainingBudget").value(987_700));
	}

	@Test
	void theReportApiRefusesADateItCannotReadAsAProblem() throws Exception {
		for (String query : new String[] { "day=notadate", "from=2026-13-01",
				"to=" + TODAY + "&from=" + TODAY.plusDays(1) }) {
			this.mvc
				.perform(get("/api/v1/advertiser/campaigns/" + MINE + "/report?" + query)
					.with(token(ADVERTISER, Role.ADVERTISER)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void anotherAdvertisersCampaignReportIsNotFound() throws Exception {
		this.mvc
			.perform(get("/api/v1/advertiser/campaigns/" + THEIRS + "/report").with(token(ADVERTISER, Role.ADVERTISER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void onlyAdvertisersGetReports() throws Exception {
		for (Role role : new Role[] { Role.MEMBER, Role.PARTNER, Role.ADMIN }) {
			this.mvc.perform(get("/api/v1/advertiser/campaigns/" + MINE + "/report").with(token(ADVERTISER, role)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}
		this.mvc.perform(get("/api/v1/advertiser/campaigns/" + MINE + "/report"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.reports);
	}

}
