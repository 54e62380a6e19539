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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The points page reads the ledger to the member in words, in Korean first: the welcome
 * and morning points, a job that stopped when the paper ran out (what printed charged,
 * the rest returned with the reason), an operator's refund.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PointsPageIntegrationTests {

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
	void theLedgerIsExplainedInWords() throws Exception {
		String email = TestAccounts.uniqueEmail("points");
		long id = this.web.newMember(email);
		// what the morning writes (Ledger.grantMorning)
		this.points.grant(id, 7, "morning:2026-12-03:" + id, "Free points of 2026-12-03");
		PrinterCredentials printer = TestPrinters.onlinePrinter(this.accounts, this.printers, "중앙도서관 " + id, 1L, "1층");
		long document = this.documents.upload(id, "report.pdf", new ByteArrayInputStream(Pdfs.text(15))).id();
		PrintJob job = this.jobs.create(id, new JobOptions(document, 1, false, null, null));
		this.jobs.release(id, job.id(), printer.code());
		this.printerJobs.claimNext(printer.printerId()).orElseThrow();
		this.printerJobs.fail(printer.printerId(), job.id(), 12, "PAPER_OUT", "media-empty");
		this.points.refund(job.holdKey(), 20, "refund:" + job.id(), "글자가 흐리게 나왔어요");

		Cookie session = this.web.login(email, TestAccounts.PASSWORD);
		long perSide = job.points() / 15;
		this.mvc.perform(get("/points").cookie(session).locale(Locale.KOREAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("가입 환영 포인트")))
			.andExpect(content().string(containsString("아침 포인트 (2026-12-03)")))
			.andExpect(content().string(containsString("15면 인쇄 대기: 포인트 보류")))
			.andExpect(content().string(containsString("12면 인쇄")))
			.andExpect(content().string(containsString("3면 환불: 용지 없음")))
			.andExpect(content().string(containsString("운영자 환불: 글자가 흐리게 나왔어요")))
			.andExpect(content().string(containsString("+" + 3 * perSide)))
			.andExpect(content().string(not(containsString("Printed 12 pages"))));
		this.mvc.perform(get("/points").cookie(session).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("Morning points (2026-12-03)")))
			.andExpect(content().string(containsString("3 sides returned: paper out")))
			.andExpect(content().string(containsString("Refund by an operator: 글자가 흐리게 나왔어요")));
	}

	@Test
	void aRefundCommentIsShownAsTextNotAsMarkup() throws Exception {
		String email = TestAccounts.uniqueEmail("points-markup");
		long id = this.web.newMember(email);
		this.points.adjust(id, 5, "admin-adjustment:" + email, "<script>alert(1)</script>");
		this.mvc.perform(get("/points").cookie(this.web.login(email, TestAccounts.PASSWORD)).locale(Locale.KOREAN))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void theVisitorIsSentToLogIn() throws Exception {
		this.mvc.perform(get("/points")).andExpect(redirectedUrl("/login"));
	}

}
