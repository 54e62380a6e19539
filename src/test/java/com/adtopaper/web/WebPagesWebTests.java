package com.adtopaper.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.adtopaper.ChannelSlices;
import com.adtopaper.member.Account;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.MemberExceptions.NoSuchMember;
import com.adtopaper.member.Members;
import com.adtopaper.member.School;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.Role;
import com.adtopaper.points.Balance;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.FailureReason;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterCapabilities;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterQueues;
import com.adtopaper.printing.Printers;
import com.adtopaper.printing.PrintingExceptions.DuplexUnsupported;
import com.adtopaper.printing.PrintingExceptions.InvalidJob;
import com.adtopaper.printing.PrintingExceptions.NoSuchDocument;
import com.adtopaper.printing.PrintingExceptions.NoSuchJob;
import com.adtopaper.printing.PrintingExceptions.NoSuchPrinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static com.adtopaper.ChannelSlices.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The site's pages on their own: who may open them, and a member who names another
 * member's job or document gets the site's problem page with a 404.
 */
@WebMvcTest(controllers = { PrintPagesController.class, HomeController.class, AccountPageController.class })
@Import({ WebSecurity.class, ChannelSlices.Security.class })
class WebPagesWebTests {

	static final long MEMBER = 21;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Documents documents;

	@MockitoBean
	PrintJobs jobs;

	@MockitoBean
	Points points;

	@MockitoBean
	Members members;

	@MockitoBean
	SchoolVerification verification;

	@MockitoBean
	Printers printers;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	PrinterQueues queues;

	@MockitoBean
	com.adtopaper.points.Morning morning;

	@BeforeEach
	void printPage() {
		given(this.documents.retention()).willReturn(Duration.ofDays(7));
		given(this.jobs.list(MEMBER, 0, 20)).willReturn(new PageImpl<>(List.of()));
		given(this.points.balance(MEMBER)).willReturn(new Balance(500, 0));
		given(this.members.schoolOf(MEMBER)).willReturn(new School(1, "SNU", "서울대학교", "Seoul"));
	}

	@Test
	void visitorsSeeThePublicPagesAndAreSentToTheLoginForTheRest() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk()).andExpect(view().name("web/home"));
		this.mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(view().name("web/login"));
		for (String page : new String[] { "/print", "/account", "/somewhere-else" }) {
			this.mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(post("/print/jobs/abc/cancel").with(csrf())).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(this.jobs);
	}

	@Test
	void thePrintPagesAreMembersOnly() throws Exception {
		for (Role role : new Role[] { Role.ADVERTISER, Role.PARTNER, Role.ADMIN }) {
			this.mvc.perform(get("/print").with(session(5, role))).andExpect(status().isForbidden());
			this.mvc.perform(post("/print/jobs/abc/cancel").with(session(5, role)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		verifyNoInteractions(this.jobs, this.documents);
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/print/jobs/abc/cancel").with(session(MEMBER, Role.MEMBER)).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.jobs);
	}

	@Test
	void aMembersPrintPageListsThePrintersAtTheirSchool() throws Exception {
		this.mvc.perform(get("/print").with(session(MEMBER, Role.MEMBER)).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(view().name("web/print"))
			.andExpect(model().attribute("printers", List.of()))
			.andExpect(content().string(containsString("<strong>500</strong> points to print with")));
	}

	@Test
	void anAccountWithoutAMemberProfileHasNoSchoolToListPrintersOf() throws Exception {
		given(this.members.schoolOf(MEMBER)).willThrow(new NoSuchMember(MEMBER));
		this.mvc.perform(get("/print").with(session(MEMBER, Role.MEMBER)).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isNotFound())
			.andExpect(view().name("web/problem"));
		verifyNoInteractions(this.printers);
	}

	@Test
	void onlyHeldAndReleasedJobsWaitForTheMember() {
		List<JobStatus> waiting = Arrays.stream(JobStatus.values())
			.filter((status) -> PrintPagesController.JobRow.of(job(status)).waiting())
			.toList();
		assertThat(waiting).containsExactly(JobStatus.HELD, JobStatus.RELEASED);
	}

	@Test
	void aFailedJobSaysWhetherAnythingPrintedAndWhyNeverInThePrintersWords() throws Exception {
		Instant now = Instant.parse("2026-03-02T01:00:00Z");
		PrintJob unprinted = new PrintJob("unprinted", MEMBER, 1, JobStatus.FAILED, 1, true, 1, 2, 2, 20, "1234", 7L, 0,
				"The printer did not take the job: The printer refused Print-Job: status 0x040b",
				FailureReason.NO_DUPLEX, now, now, now, false, 0);
		PrintJob stopped = new PrintJob("stopped", MEMBER, 1, JobStatus.FAILED, 1, false, 1, 3, 3, 30, "5678", 7L, 2,
				"The printer aborted the job (media-empty)", FailureReason.PAPER_OUT, now, now, now, false, 0);
		given(this.jobs.list(MEMBER, 0, 20)).willReturn(new PageImpl<>(List.of(unprinted, stopped)));

		this.mvc.perform(get("/print").with(session(MEMBER, Role.MEMBER)).locale(java.util.Locale.KOREAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("출력하지 못했어요")))
			.andExpect(content().string(containsString("이 프린터는 양면으로 인쇄할 수 없어요.")))
			.andExpect(content().string(containsString("중간에 멈췄어요")))
			.andExpect(content().string(containsString("프린터에 용지가 떨어졌어요.")))
			.andExpect(content().string(not(containsString("0x040b"))))
			.andExpect(content().string(not(containsString("media-empty"))));
	}

	@Test
	void aDuplexJobRefusedByAOneSidedPrinterComesBackWithTheOfferToPrintItOneSidedAtItsPrice() throws Exception {
		PrintJob job = new PrintJob("j1", MEMBER, 1, JobStatus.HELD, 2, true, 1, 3, 6, 60, "123456", null, 0, null,
				null, Instant.parse("2026-03-02T05:00:00Z"), Instant.parse("2026-03-02T01:00:00Z"), null, false, 0);
		given(this.jobs.release(MEMBER, "j1", "KU-01", false)).willThrow(new DuplexUnsupported("KU-01", 6, 60));
		given(this.jobs.get(MEMBER, "j1")).willReturn(job);
		var refused = this.mvc
			.perform(post("/print/jobs/j1/release").param("printerCode", "KU-01")
				.with(session(MEMBER, Role.MEMBER))
				.locale(java.util.Locale.ENGLISH)
				.with(csrf()))
			.andExpect(redirectedUrl("/print"))
			.andExpect(flash().attribute("problem", containsString("6 pages for 60 points")))
			.andExpect(flash().attribute("oneSidedOffer", new PrintPagesController.OneSidedOffer("j1", "KU-01", 6, 60)))
			.andReturn();
		this.mvc
			.perform(get("/print").with(session(MEMBER, Role.MEMBER))
				.locale(java.util.Locale.ENGLISH)
				.flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"oneSided\" value=\"true\"")))
			.andExpect(content().string(containsString("6 pages for 60 points")));

		PrintJob oneSided = new PrintJob("j1", MEMBER, 1, JobStatus.RELEASED, 2, false, 1, 3, 6, 60, "123456", 7L, 0,
				null, null, job.expiresAt(), job.createdAt(), null, false, 0);
		given(this.jobs.release(MEMBER, "j1", "KU-01", true)).willReturn(oneSided);
		this.mvc
			.perform(post("/print/jobs/j1/release").param("printerCode", "KU-01")
				.param("oneSided", "true")
				.with(session(MEMBER, Role.MEMBER))
				.locale(java.util.Locale.ENGLISH)
				.with(csrf()))
			.andExpect(redirectedUrl("/print"))
			.andExpect(flash().attribute("notice", containsString("one-sided, 60 points")));
	}

	@Test
	void aMemberSeesWhatEachPrinterCanDo() throws Exception {
		PrinterStatus online = new PrinterStatus(PrinterStatus.PrinterState.ONLINE, PrinterStatus.Supply.OK,
				PrinterStatus.Supply.OK, List.of());
		given(this.printers.atSchool(1)).willReturn(List.of(
				new Printer(7, 2, "Library", 99, "KU-01", "Ground floor", "Seoul", online, null,
						new PrinterCapabilities(List.of("one-sided"), true, List.of(), List.of())),
				new Printer(8, 2, "Library", 99, "KU-02", "First floor", "Seoul", online, null, null)));
		this.mvc.perform(get("/print").with(session(MEMBER, Role.MEMBER)).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One side only")))
			.andExpect(content().string(containsString("Colour")))
			.andExpect(content().string(containsString("Not known yet")));
		this.mvc.perform(get("/print").with(session(MEMBER, Role.MEMBER)).locale(java.util.Locale.KOREAN))
			.andExpect(content().string(containsString("단면만")))
			.andExpect(content().string(containsString("기능 미확인")));
	}

	@Test
	void anotherMembersJobOrDocumentIsNotFound() throws Exception {
		given(this.jobs.cancel(MEMBER, "theirs")).willThrow(new NoSuchJob("theirs"));
		given(this.jobs.preview(MEMBER, "theirs")).willThrow(new NoSuchJob("theirs"));
		given(this.documents.get(MEMBER, 42)).willThrow(new NoSuchDocument(42));
		this.mvc
			.perform(post("/print/jobs/theirs/cancel").with(session(MEMBER, Role.MEMBER))
				.locale(java.util.Locale.ENGLISH)
				.with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(view().name("web/problem"));
		this.mvc
			.perform(get("/print/jobs/theirs/preview/1.png").with(session(MEMBER, Role.MEMBER))
				.locale(java.util.Locale.ENGLISH))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					get("/print/documents/42/file").with(session(MEMBER, Role.MEMBER)).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isNotFound())
			.andExpect(view().name("web/problem"));
	}

	@Test
	void theHomePageTellsAVisitorToSignUpAndAMemberWhoTheyAre() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("id=\"visitor\"")))
			.andExpect(content().string(not(containsString("You are signed out."))));
		this.mvc.perform(get("/").param("signed-out", "").locale(java.util.Locale.KOREAN))
			.andExpect(content().string(containsString("로그아웃되었습니다.")));
		this.mvc.perform(get("/").param("signed-out", "").locale(java.util.Locale.ENGLISH))
			.andExpect(content().string(containsString("You are signed out.")));
		given(this.accounts.find(MEMBER)).willReturn(Optional
			.of(new Account(MEMBER, "kim@snu.ac.kr", "김민지", Role.MEMBER, true, Instant.parse("2026-03-02T01:00:00Z"))));
		given(this.morning.pointsEachMorning()).willReturn(100L);
		given(this.morning.creditedToday(MEMBER)).willReturn(true);
		this.mvc.perform(get("/").with(session(MEMBER, Role.MEMBER)).locale(java.util.Locale.KOREAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("매일 아침 08:30에 모든 회원이 무료 100포인트를 받습니다.")))
			.andExpect(content().string(containsString("오늘 아침 100포인트가 들어왔어요.")))
			.andExpect(content().string(containsString("서울대학교 프린터 0대 중 0대가 지금 인쇄할 수 있어요")))
			.andExpect(content().string(containsString("김민지님으로 로그인되어 있습니다.")))
			.andExpect(content().string(containsString("인쇄에 쓸 수 있는 포인트: 500")))
			.andExpect(content().string(not(containsString("You are signed out."))))
			.andExpect(content().string(not(containsString("id=\"visitor\""))));
	}

	@Test
	void aWrongPrinterCodeIsShownOnThePrintPageWithTheCodeKept() throws Exception {
		given(this.jobs.release(MEMBER, "mine", "zz99", false)).willThrow(new NoSuchPrinter("ZZ99"));
		this.mvc
			.perform(post("/print/jobs/mine/release").param("printerCode", "zz99")
				.with(session(MEMBER, Role.MEMBER))
				.locale(java.util.Locale.ENGLISH)
				.with(csrf()))
			.andExpect(redirectedUrl("/print"))
			.andExpect(flash().attribute("problem", containsString("There is no printer with the code zz99")))
			.andExpect(flash().attribute("typedRelease", new PrintPagesController.TypedRelease("mine", "zz99")));
		this.mvc
			.perform(post("/print/jobs/mine/release").param("printerCode", "zz99")
				.locale(java.util.Locale.KOREAN)
				.with(session(MEMBER, Role.MEMBER))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("zz99 코드의 프린터가 없습니다")));
		given(this.jobs.list(MEMBER, 0, 20)).willReturn(new PageImpl<>(List.of(job("mine", JobStatus.HELD, 0))));
		this.mvc
			.perform(get("/print").with(session(MEMBER, Role.MEMBER))
				.locale(java.util.Locale.ENGLISH)
				.flashAttr("problem", "There is no printer with the code zz99.")
				.flashAttr("typedRelease", new PrintPagesController.TypedRelease("mine", "zz99")))
			.andExpect(content().string(containsString("There is no printer with the code zz99.")))
			.andExpect(content().string(containsString("value=\"zz99\"")));
	}

	/**
	 * A refused job is told on the print page in the member's language, its values in.
	 */
	@Test
	void aRefusedJobIsShownOnThePrintPageInKoreanOrInEnglish() throws Exception {
		given(this.jobs.create(MEMBER, new JobOptions(1, 30, false, null, null, false)))
			.willThrow(new InvalidJob("copies", "Copies go from 1 to 20.", "problem.printing.job-copies", "20"));
		this.mvc
			.perform(post("/print/jobs").param("documentId", "1")
				.param("copies", "30")
				.with(session(MEMBER, Role.MEMBER))
				.with(csrf()))
			.andExpect(redirectedUrl("/print"))
			.andExpect(flash().attribute("problem", "부수는 1부터 20까지입니다."));
		this.mvc
			.perform(post("/print/jobs").param("documentId", "1")
				.param("copies", "30")
				.locale(java.util.Locale.ENGLISH)
				.with(session(MEMBER, Role.MEMBER))
				.with(csrf()))
			.andExpect(flash().attribute("problem", "Copies go from 1 to 20."));
		given(this.jobs.release(MEMBER, "mine", "KU-01", false)).willThrow(new DuplexUnsupported("KU-01", 6, 60));
		given(this.jobs.get(MEMBER, "mine")).willReturn(job("mine", JobStatus.HELD, 0));
		this.mvc
			.perform(post("/print/jobs/mine/release").param("printerCode", "KU-01")
				.with(session(MEMBER, Role.MEMBER))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("단면으로 인쇄하면 6면, 60포인트입니다")))
			.andExpect(flash().attribute("problem", not(containsString("points"))));
	}

	@Test
	void theJobListSaysPagesInWordsAndAFailedJobChargedNothing() throws Exception {
		given(this.jobs.list(MEMBER, 0, 20)).willReturn(new PageImpl<>(List.of(job("one", JobStatus.HELD, 0, 1),
				job("printed", JobStatus.COMPLETED, 6, 6), job("failed", JobStatus.FAILED, 0, 6))));
		this.mvc.perform(get("/print").with(session(MEMBER, Role.MEMBER)).locale(java.util.Locale.ENGLISH))
			.andExpect(content().string(containsString(">1 page<")))
			.andExpect(content().string(containsString("6 of 6 pages printed")))
			.andExpect(content().string(containsString(">Printed<")))
			.andExpect(content().string(containsString("0 (nothing charged)")))
			.andExpect(content().string(not(containsString("1 pages"))));
	}

	private static PrintJob job(String id, JobStatus status, int printed) {
		return job(id, status, printed, 6);
	}

	private static PrintJob job(String id, JobStatus status, int printed, int sides) {
		Instant now = Instant.parse("2026-03-02T01:00:00Z");
		return new PrintJob(id, MEMBER, 1, status, 1, false, 1, sides, sides, sides * 10L, "1234", null, printed, null,
				null, now, now, status.finished() ? now : null, false, 0);
	}

	private static PrintJob job(JobStatus status) {
		Instant now = Instant.parse("2026-03-02T01:00:00Z");
		return new PrintJob("job", MEMBER, 1, status, 1, false, 1, 1, 1, 1, "1234", null, 0, null, null, now, now, null,
				false, 0);
	}

}
