package com.adtopaper.web;

import java.io.ByteArrayInputStream;
import java.util.List;
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
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printers page, open to visitors: each printer of the school with its state (can
 * print, in error, offline) and the jobs waiting at it, in a list and on the campus plan;
 * the board fragment that htmx asks for again shows a change without a reload.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PrintersPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	Points points;

	@Autowired
	Printers printers;

	@Autowired
	Documents documents;

	@Autowired
	PrintJobs jobs;

	@Test
	void eachPrintersStateAndQueueAndTheBoardFollowsChanges() throws Exception {
		String site = "학생회관 " + System.nanoTime();
		PrinterCredentials ready = TestPrinters.onlinePrinter(this.accounts, this.printers, site, 1L, "1층 로비");
		PrinterCredentials empty = TestPrinters.onlinePrinter(this.accounts, this.printers, site + " 별관", 1L, "2층");
		this.printers.report(empty.printerId(),
				new PrinterStatus(PrinterState.ONLINE, Supply.EMPTY, Supply.OK, List.of("media-empty")));
		PrinterCredentials silent = TestPrinters.newPrinter(this.accounts, this.printers, site + " 도서관", 1L, "3층");
		String email = TestAccounts.uniqueEmail("printers");
		long member = new WebMembers(this.mvc, this.members, this.points).newMember(email);
		long document = this.documents.upload(member, "a.pdf", new ByteArrayInputStream(Pdfs.text(2))).id();
		PrintJob job = this.jobs.create(member, new JobOptions(document, 1, false, null, null));
		this.jobs.release(member, job.id(), ready.code());

		String page = this.mvc.perform(get("/printers").param("school", "1").locale(Locale.KOREAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<meta name=\"htmx-config\"")))
			.andExpect(content().string(containsString("/webjars/htmx.org/2.0.10/dist/htmx.min.js")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(page, ready)).contains(">인쇄 가능<").contains("<td class=\"num waiting\">1</td>");
		assertThat(row(page, empty)).contains(">오류<").contains("class=\"attention\"");
		assertThat(row(page, silent)).contains(">연결 끊김<").contains("<td class=\"num waiting\">0</td>");
		assertThat(page).contains("hx-get=\"/printers/board?school=1\"").contains("hx-trigger=\"every 3s\"");
		assertThat(page).contains("<strong>" + site + " 별관</strong>")
			.containsPattern("<li class=\"pin in-error\">\\s*<span>2층</span>");

		// the paper is refilled: the next board says so
		this.printers.report(empty.printerId(), TestPrinters.ONLINE);
		String board = this.mvc.perform(get("/printers/board").param("school", "1").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(board).doesNotContain("<html").startsWith("<div id=\"board\"");
		assertThat(row(board, empty)).contains(">Can print<").doesNotContain("attention");

		this.mvc.perform(get("/webjars/htmx.org/2.0.10/dist/htmx.min.js")).andExpect(status().isOk());
	}

	/** The list's row of the printer. */
	private static String row(String page, PrinterCredentials printer) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("<tr id=\"printer-" + printer.code() + "\"[^>]*>.*?</tr>", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		assertThat(matcher.find()).as("the row of %s", printer.code()).isTrue();
		return matcher.group();
	}

}
