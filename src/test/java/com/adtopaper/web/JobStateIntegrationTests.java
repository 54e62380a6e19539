package com.adtopaper.web;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.adtopaper.IntegrationTest;
import com.adtopaper.TestAccounts;
import com.adtopaper.TestPrinters;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Members;
import com.adtopaper.points.Points;
import com.adtopaper.printing.Documents;
import com.adtopaper.printing.JobOptions;
import com.adtopaper.printing.Pdfs;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.Printers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The print page's live job state, the fragment htmx asks for until the job ends: held,
 * released with its place in the printer's queue, taken, printing side n of m, and the
 * points charged and returned when it stops; then it asks no more.
 */
@IntegrationTest
@AutoConfigureMockMvc
class JobStateIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	Points points;

	@Autowired
	Documents documents;

	@Autowired
	PrintJobs jobs;

	@Autowired
	PrinterJobs printerJobs;

	@Autowired
	Printers printers;

	WebMembers web;

	@BeforeEach
	void setUp() {
		this.web = new WebMembers(this.mvc, this.members, this.points);
	}

	@Test
	void theStateFollowsTheJobFromHeldToStoppedWithItsPoints() throws Exception {
		String email = TestAccounts.uniqueEmail("live");
		long me = this.web.newMember(email);
		long other = this.web.newMember(TestAccounts.uniqueEmail("live-other"));
		PrinterCredentials printer = TestPrinters.onlinePrinter(this.accounts, this.printers, "인문관 " + me, 1L, "1층");
		PrintJob theirs = job(other, 1);
		PrintJob mine = job(me, 5);
		Cookie session = this.web.login(email, TestAccounts.PASSWORD);

		String page = this.mvc.perform(get("/print").cookie(session).locale(Locale.KOREAN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"state-" + mine.id() + "\"")
			.contains("hx-get=\"/print/jobs/" + mine.id() + "/state\"")
			.contains("대기 중 (출력 전)")
			.contains(mine.points() + "포인트 보류 중");

		this.jobs.release(other, theirs.id(), printer.code());
		this.jobs.release(me, mine.id(), printer.code());
		assertThat(state(session, mine)).contains("프린터로 보냄").contains("프린터 대기 순서: 2번째");
		// the job ahead is taken, then printed: only then is the member's next
		this.printerJobs.claimNext(printer.printerId()).orElseThrow();
		assertThat(state(session, mine)).contains("프린터 대기 순서: 2번째");
		this.printerJobs.complete(printer.printerId(), theirs.id(), 1);
		assertThat(state(session, mine)).contains("프린터 대기 순서: 1번째");
		assertThat(this.printerJobs.claimNext(printer.printerId()).orElseThrow().id()).isEqualTo(mine.id());
		assertThat(state(session, mine)).contains("프린터가 받음").doesNotContain("대기 순서");
		this.printerJobs.progress(printer.printerId(), mine.id(), 3);
		assertThat(state(session, mine)).contains("인쇄 중").contains("5면 중 3면 인쇄").contains("every 2s");

		this.printerJobs.fail(printer.printerId(), mine.id(), 3, "PAPER_JAM", "media-jam");
		long perSide = mine.points() / 5;
		String stopped = state(session, mine);
		assertThat(stopped).contains("실패")
			.contains((3 * perSide) + "포인트 사용, " + (2 * perSide) + "포인트 반환")
			.contains("프린터에 용지가 걸렸어요.")
			.doesNotContain("hx-get")
			.doesNotContain("every 2s");
		assertThat(state(session, mine, Locale.ENGLISH)).contains("Failed")
			.contains((3 * perSide) + " points charged, " + (2 * perSide) + " returned")
			.contains("The paper jammed in the printer.");

		this.mvc.perform(get("/print/jobs/" + theirs.id() + "/state").cookie(session)).andExpect(status().isNotFound());
	}

	private PrintJob job(long member, int pages) {
		long document = this.documents.upload(member, "live.pdf", new ByteArrayInputStream(Pdfs.text(pages))).id();
		return this.jobs.create(member, new JobOptions(document, 1, false, null, null));
	}

	private String state(Cookie session, PrintJob job) throws Exception {
		return state(session, job, Locale.KOREAN);
	}

	private String state(Cookie session, PrintJob job, Locale locale) throws Exception {
		return this.mvc.perform(get("/print/jobs/" + job.id() + "/state").cookie(session).locale(locale))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
