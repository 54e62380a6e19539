package com.adtopaper.partner;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.adtopaper.settlement.LineKind;
import com.adtopaper.settlement.PayoutStatus;
import com.adtopaper.settlement.Statement;
import com.adtopaper.settlement.StatementLine;

import static org.assertj.core.api.Assertions.assertThat;

class StatementDocumentsTests {

	private static final String SITE = "강남역 스터디카페";

	private final Statement statement = statement();

	@Test
	void pdfIsA4PagesWithTheTableContinuedAndKoreanText() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StatementDocuments.pdf(this.statement, out);
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
				assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
			}
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("주식회사 가나다", "2026-11", "FINAL", "확정", SITE, "123-45-67890");
			assertThat(text).contains(String.format("%,d", this.statement.total()));
			assertThat(text).contains("₩" + String.format("%,d", this.statement.total()));
			assertThat(text).contains("300");
			assertThat(text).doesNotContain("아주 긴 이름이 계속되는 프린터 이름 0 아주 긴 이름이 계속되는 프린터 이름 1");
		}
	}

	@Test
	void csvIsForExcelEscapedAndAddsUp() throws Exception {
		StringWriter out = new StringWriter();
		StatementDocuments.csv(this.statement, out);
		String csv = out.toString();
		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv).contains("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
		assertThat(csv).contains("business_number,123-45-67890\r\n");
		assertThat(csv).contains("status,FINAL — closed 2026-12-01\r\n");
		assertThat(csv).contains(",\"A,B\",");
		List<List<String>> rows = parse(csv.substring(1));
		int head = 0;
		while (!rows.get(head).get(0).equals("line_no")) {
			head++;
		}
		assertThat(rows.get(head)).hasSize(14).element(12).isEqualTo("amount_krw");
		long sum = 0;
		int count = 0;
		for (int i = head + 1; !rows.get(i).get(0).isEmpty(); i++) {
			List<String> row = rows.get(i);
			assertThat(row).hasSize(14);
			sum += Long.parseLong(row.get(12));
			count++;
			if (row.get(1).equals("DEDUCTION")) {
				assertThat(row.get(13)).doesNotStartWith("=").startsWith("'=");
			}
		}
		assertThat(count).isEqualTo(300);
		long total = rows.stream()
			.filter((r) -> r.get(0).equals("total"))
			.mapToLong((r) -> Long.parseLong(r.get(1)))
			.findFirst()
			.orElseThrow();
		assertThat(sum).isEqualTo(total).isEqualTo(this.statement.total());
		assertThat(csv).contains(SITE);
	}

	private static Statement statement() {
		List<StatementLine> lines = new ArrayList<>();
		long earnings = 0;
		long sides = 0;
		for (int i = 1; i <= 298; i++) {
			String printer = switch (i % 3) {
				case 0 -> "A,B";
				case 1 -> "프린터 " + i;
				default -> "아주 긴 이름이 계속되는 프린터 이름 0 아주 긴 이름이 계속되는 프린터 이름 1 아주 긴 이름 " + i;
			};
			long amount = 41_234 + i;
			earnings += amount;
			sides += 1_000;
			lines.add(new StatementLine(i, LineKind.EARNINGS, 10L + i % 5, (i % 5 == 0) ? SITE : "홍대 카페 " + i % 5,
					100L + i, printer, null, 7_000 + i % 2 * 50, 10L, LocalDate.of(2026, 11, 1),
					LocalDate.of(2026, 11, 30), 1_000, 700, 300, 58_000, amount, null, null));
		}
		lines.add(new StatementLine(299, LineKind.DEDUCTION, null, null, null, null, null, null, null, null, null, 0, 0,
				0, 0, -5_000, "=HYPERLINK(\"http://evil\") 무효 트래픽", 7L));
		lines.add(new StatementLine(300, LineKind.ADJUSTMENT, null, null, null, null, null, null, null, null, null, 0,
				0, 0, 0, 1_200, "10월 누락분 보정", 7L));
		long adjustments = -5_000 + 1_200;
		long total = earnings + adjustments;
		return new Statement(1, 2, YearMonth.of(2026, 11), "주식회사 가나다", "1234567890", sides, sides * 7 / 10,
				sides * 3 / 10, 298 * 58_000L, earnings, adjustments, total, 0, total, 0, 10_000,
				PayoutStatus.INVOICE_AWAITED, null, Instant.parse("2026-11-30T15:30:00Z"), lines, List.of());
	}

	/** RFC 4180 as far as the documents use it. */
	private static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && csv.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		return rows;
	}

}
