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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The footprint page counts the sheets the member's jobs took (a stopped job's printed
 * sides only; two sides to a both-sided sheet), what the ads on the printed sides paid,
 * and the trees and CO₂ by PaperCut's factors, which it names.
 */
@IntegrationTest
@AutoConfigureMockMvc
class FootprintPageIntegrationTests {

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

	@Autowired
	JdbcTemplate jdbc;

	WebMembers web;

	@BeforeEach
	void setUp() {
		this.web = new WebMembers(this.mvc, this.members, this.points);
	}

	@Test
	void sheetsAdsTreesAndCo2() throws Exception {
		String email = TestAccounts.uniqueEmail("footprint");
		long id = this.web.newMember(email);
		Cookie session = this.web.login(email, TestAccounts.PASSWORD);
		this.mvc.perform(get("/footprint").cookie(session).locale(Locale.KOREAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong id=\"sheets\">0</strong>")));

		PrinterCredentials printer = TestPrinters.onlinePrinter(this.accounts, this.printers, "공학관 " + id, 1L, "3층");
		PrintJob stopped = print(id, printer, 15, false);
		this.printerJobs.fail(printer.printerId(), stopped.id(), 12, "PAPER_OUT", "media-empty");
		PrintJob duplex = print(id, printer, 3, true);
		this.printerJobs.complete(printer.printerId(), duplex.id(), 3);
		// the stopped job's sides carried a campaign's ad at 30 won a side (as its
		// rendering records them); only the 12 printed are paid
		for (int side = 1; side <= 15; side++) {
			this.jdbc.update(
					"insert into print_job_pages (job_id, page, campaign_id, creative_id, price) values (?, ?, 1, 1, 30)",
					stopped.id(), side);
		}

		this.mvc.perform(get("/footprint").cookie(session).locale(Locale.KOREAN))
			.andExpect(content().string(containsString("<strong id=\"sheets\">14</strong>")))
			.andExpect(content().string(containsString("장의 종이 (15면 인쇄)")))
			.andExpect(content().string(containsString("<strong id=\"paid-by-ads\">360원</strong>")))
			.andExpect(content().string(containsString("광고가 실린 12면")))
			.andExpect(content().string(containsString("<strong id=\"trees\">0.002</strong>")))
			.andExpect(content().string(containsString("<strong id=\"co2\">0.18</strong>")))
			.andExpect(content().string(containsString("PaperCut")))
			.andExpect(content().string(containsString("나무 1그루는 종이 8,333장, 종이 1장은 CO₂ 12.7 g")));
		this.mvc.perform(get("/footprint").cookie(session).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("₩360")))
			.andExpect(content().string(containsString("one tree makes 8,333 sheets")));
	}

	private PrintJob print(long member, PrinterCredentials printer, int pages, boolean duplex) {
		long document = this.documents.upload(member, "f.pdf", new ByteArrayInputStream(Pdfs.text(pages))).id();
		PrintJob job = this.jobs.create(member, new JobOptions(document, 1, duplex, null, null));
		this.jobs.release(member, job.id(), printer.code());
		this.printerJobs.claimNext(printer.printerId()).orElseThrow();
		return job;
	}

}
