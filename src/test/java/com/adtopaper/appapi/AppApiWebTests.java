package com.adtopaper.appapi;

import java.time.Instant;
import java.util.List;

import com.adtopaper.ChannelSlices;
import com.adtopaper.member.MemberExceptions.NoSuchMember;
import com.adtopaper.member.Members;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.School;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterCapabilities;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.Printers;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.PrintingExceptions.DuplexUnsupported;
import com.adtopaper.printing.PrintingExceptions.InvalidJob;
import com.adtopaper.printing.PrintingExceptions.NoSuchDocument;
import com.adtopaper.printing.PrintingExceptions.NoSuchJob;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static com.adtopaper.ChannelSlices.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The app's API on its own: which token opens which route, and a member who names another
 * member's job or document finds nothing there.
 */
@WebMvcTest(controllers = { PrinterController.class, PrintController.class, PointsController.class,
		SchoolController.class })
@Import({ AppApiSecurity.class, ChannelSlices.Security.class })
class AppApiWebTests {

	static final long MEMBER = 11;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Members members;

	@MockitoBean
	SchoolVerification verification;

	@MockitoBean
	PushDevices pushDevices;

	@MockitoBean
	Schools schools;

	@MockitoBean
	Printers printers;

	@MockitoBean
	Documents documents;

	@MockitoBean
	PrintJobs jobs;

	@MockitoBean
	Points points;

	@Test
	void theMembersRoutesNeedAToken() throws Exception {
		for (String route : new String[] { "/api/v1/me/printers", "/api/v1/me/points", "/api/v1/me/jobs",
				"/api/v1/me/documents", "/api/v1/nothing-here" }) {
			this.mvc.perform(get(route))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}
		verifyNoInteractions(this.members, this.printers, this.jobs, this.documents, this.points);
	}

	@Test
	void theMembersRoutesAreMembersOnly() throws Exception {
		for (Role role : new Role[] { Role.ADVERTISER, Role.PARTNER, Role.ADMIN }) {
			for (String route : new String[] { "/api/v1/me/printers", "/api/v1/me/points", "/api/v1/me/jobs" }) {
				this.mvc.perform(get(route).with(token(5, role)))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.detail").value("이 계정으로는 이 경로를 쓸 수 없습니다."));
			}
		}
		verifyNoInteractions(this.members, this.printers, this.jobs, this.points);
	}

	@Test
	void theSchoolListIsOpenAndNeedsNoCsrfToken() throws Exception {
		given(this.schools.all()).willReturn(List.of(new School(1, "SNU", "서울대학교", "Seoul")));
		this.mvc.perform(get("/api/v1/schools"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("SNU"));
	}

	@Test
	void aMemberSeesThePrintersAtTheirSchool() throws Exception {
		given(this.members.schoolOf(MEMBER)).willReturn(new School(3, "KU", "고려대학교", "Seoul"));
		PrinterStatus online = new PrinterStatus(PrinterStatus.PrinterState.ONLINE, PrinterStatus.Supply.OK,
				PrinterStatus.Supply.OK, List.of());
		given(this.printers.atSchool(3)).willReturn(List.of(
				new Printer(7, 2, "Library", 99, "KU-01", "Ground floor", "Seoul", online,
						Instant.parse("2026-01-01T00:00:00Z"),
						new PrinterCapabilities(List.of("one-sided"), false, List.of("iso_a4_210x297mm"),
								List.of("application/pdf"))),
				new Printer(8, 2, "Library", 99, "KU-02", "First floor", "Seoul", online,
						Instant.parse("2026-01-01T00:00:00Z"), null)));
		this.mvc.perform(get("/api/v1/me/printers").with(token(MEMBER, Role.MEMBER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("KU-01"))
			.andExpect(jsonPath("$[0].site").value("Library"))
			.andExpect(jsonPath("$[0].duplex").value(false))
			.andExpect(jsonPath("$[0].capabilities.sides[0]").value("one-sided"))
			.andExpect(jsonPath("$[0].capabilities.color").value(false))
			.andExpect(jsonPath("$[0].capabilities.media[0]").value("iso_a4_210x297mm"))
			.andExpect(jsonPath("$[1].duplex").doesNotExist())
			.andExpect(jsonPath("$[1].capabilities").doesNotExist());
	}

	@Test
	void anAccountWithoutAMemberProfileHasNoSchoolToListPrintersOf() throws Exception {
		given(this.members.schoolOf(MEMBER)).willThrow(new NoSuchMember(MEMBER));
		this.mvc.perform(get("/api/v1/me/printers").with(token(MEMBER, Role.MEMBER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.printers);
	}

	@Test
	void anotherMembersJobIsNotFound() throws Exception {
		given(this.jobs.get(MEMBER, "theirs")).willThrow(new NoSuchJob("theirs"));
		given(this.jobs.release(MEMBER, "theirs", "KU-01", false)).willThrow(new NoSuchJob("theirs"));
		this.mvc.perform(get("/api/v1/me/jobs/theirs").with(token(MEMBER, Role.MEMBER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/me/jobs/theirs/release").with(token(MEMBER, Role.MEMBER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"printerCode\":\"KU-01\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDuplexJobAtAOneSidedPrinterIsRefusedWithTheOneSidedPriceUntilTheMemberAcceptsIt() throws Exception {
		given(this.jobs.release(MEMBER, "j1", "KU-01", false)).willThrow(new DuplexUnsupported("KU-01", 6, 60));
		this.mvc
			.perform(post("/api/v1/me/jobs/j1/release").with(token(MEMBER, Role.MEMBER))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"printerCode\":\"KU-01\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("6 pages for 60 points")))
			.andExpect(jsonPath("$.errors[0].field").value("oneSided"));
		this.mvc
			.perform(post("/api/v1/me/jobs/j1/release").with(token(MEMBER, Role.MEMBER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"printerCode\":\"KU-01\"}"))
			.andExpect(jsonPath("$.detail").value(containsString("단면으로 인쇄하면 6면, 60포인트입니다")))
			.andExpect(jsonPath("$.detail").value(not(containsString("pages"))));
		Instant now = Instant.parse("2026-03-02T01:00:00Z");
		given(this.jobs.release(MEMBER, "j1", "KU-01", true)).willReturn(new PrintJob("j1", MEMBER, 1,
				JobStatus.RELEASED, 2, false, 1, 3, 6, 60, "123456", 7L, 0, null, null, now, now, null, false, 0));
		this.mvc
			.perform(post("/api/v1/me/jobs/j1/release").with(token(MEMBER, Role.MEMBER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"printerCode\":\"KU-01\",\"oneSided\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplex").value(false))
			.andExpect(jsonPath("$.points").value(60));
		verify(this.jobs).release(MEMBER, "j1", "KU-01", true);
		this.mvc
			.perform(post("/api/v1/me/jobs/j1/release").with(token(5, Role.PARTNER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"printerCode\":\"KU-01\",\"oneSided\":true}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/me/jobs/j1/release").with(token(MEMBER, Role.MEMBER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"printerCode\":\"KU-01\",\"oneSided\":\"maybe\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	/**
	 * A refusal's detail, and its field's message, are in the reader's language: Korean
	 * unless they ask for English, with the rule's values in either.
	 */
	@Test
	void anInvalidJobIsRefusedInKoreanOrInEnglish() throws Exception {
		given(this.jobs.create(MEMBER, new JobOptions(1L, 30, false, null, null, false)))
			.willThrow(new InvalidJob("copies", "Copies go from 1 to 20.", "problem.printing.job-copies", "20"));
		this.mvc
			.perform(post("/api/v1/me/jobs").with(token(MEMBER, Role.MEMBER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentId\":1,\"copies\":30}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("잘못된 요청"))
			.andExpect(jsonPath("$.detail").value("부수는 1부터 20까지입니다."))
			.andExpect(jsonPath("$.errors[0].field").value("copies"))
			.andExpect(jsonPath("$.errors[0].message").value("부수는 1부터 20까지입니다."));
		this.mvc
			.perform(post("/api/v1/me/jobs").with(token(MEMBER, Role.MEMBER))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentId\":1,\"copies\":30}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andExpect(jsonPath("$.detail").value("Copies go from 1 to 20."))
			.andExpect(jsonPath("$.errors[0].message").value("Copies go from 1 to 20."));
	}

	@Test
	void anotherMembersDocumentIsNotFound() throws Exception {
		given(this.documents.get(MEMBER, 42)).willThrow(new NoSuchDocument(42));
		this.mvc.perform(get("/api/v1/me/documents/42").with(token(MEMBER, Role.MEMBER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
