package com.adtopaper.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

import com.adtopaper.settlement.LineKind;
import com.adtopaper.settlement.PayoutStatus;
import com.adtopaper.settlement.Statement;
import com.adtopaper.settlement.StatementLine;

/**
 * The documents a partner downloads of a closed month's statement: a CSV for spreadsheets
 * (UTF-8 with a BOM and CRLF line ends, as Excel wants it; every typed text through
 * {@link CsvCells}, amounts as plain integers) and an A4 PDF in NanumGothic (the font
 * subset embedded, so Korean renders anywhere) whose table of lines continues on as many
 * pages as it takes, its header repeated, and whose typed texts are cut to their column.
 * Dates are Asia/Seoul's.
 */
final class StatementDocuments {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final String FONT = "/fonts/NanumGothic.ttf";

	private static final float MARGIN = 40;

	private static final float SIZE = 7.5f;

	private static final float ROW = 13;

	private static final String[] HEAD_KO = { "번호", "사이트 / 프린터", "기간", "인쇄면", "유료", "하우스", "광고 매출", "분배율", "금액" };

	private static final String[] HEAD_EN = { "No", "Site / printer", "Days", "Sides", "Paid", "House", "Revenue",
			"Share", "Amount" };

	private static final float[] WIDTHS = { 24, 165, 40, 42, 42, 42, 62, 36, 62 };

	private StatementDocuments() {
	}

	/** Writes the statement as CSV to {@code out}, which is not closed. */
	static void csv(Statement s, Writer out) throws IOException {
		out.write('\uFEFF');
		row(out, "period", s.period().toString());
		row(out, "legal_name", CsvCells.cell(s.legalName()));
		if (s.businessNumber() != null) {
			row(out, "business_number", CsvCells.cell(businessNumber(s.businessNumber())));
		}
		row(out, "status", CsvCells.cell("FINAL — closed " + closed(s)));
		row(out, "payout_status", s.status().name());
		out.write("\r\n");
		row(out, "line_no", "kind", "site", "printer", "first_day", "last_day", "sides", "paid_sides", "house_sides",
				"revenue_krw", "share_bps", "house_fee_krw", "amount_krw", "reason");
		for (StatementLine l : s.lines()) {
			row(out, String.valueOf(l.lineNo()), l.kind().name(), CsvCells.cell(l.siteName()),
					CsvCells.cell(l.printerName()), str(l.firstDay()), str(l.lastDay()), String.valueOf(l.sides()),
					String.valueOf(l.paidSides()), String.valueOf(l.houseSides()), String.valueOf(l.revenue()),
					str(l.shareBps()), str(l.houseFee()), String.valueOf(l.amount()), CsvCells.cell(l.reason()));
		}
		out.write("\r\n");
		row(out, "earnings", String.valueOf(s.earnings()));
		row(out, "adjustments", String.valueOf(s.adjustments()));
		row(out, "total", String.valueOf(s.total()));
		row(out, "carried_in", String.valueOf(s.carriedIn()));
		row(out, "payable", String.valueOf(s.payable()));
		row(out, "carried_out", String.valueOf(s.carriedOut()));
		row(out, "threshold", String.valueOf(s.threshold()));
		out.flush();
	}

	/** Writes the statement as an A4 PDF to {@code out}, which is not closed. */
	static void pdf(Statement s, OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument();
				InputStream font = StatementDocuments.class.getResourceAsStream(FONT)) {
			if (font == null) {
				throw new IOException("Font not on the classpath: " + FONT);
			}
			Pages pages = new Pages(document, PDType0Font.load(document, font, true));
			try {
				pages.first(s);
				pages.tableHead();
				for (StatementLine l : s.lines()) {
					if (pages.y - ROW < MARGIN + 20) {
						pages.next(s);
						pages.tableHead();
					}
					pages.line(l);
				}
				pages.totals(s);
			}
			finally {
				pages.close();
			}
			pages.footers(s);
			document.save(out);
		}
	}

	static String businessNumber(String number) {
		String digits = number.replaceAll("\\D", "");
		return (digits.length() == 10)
				? digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5) : number;
	}

	static String won(long krw) {
		return ((krw < 0) ? "-₩" : "₩") + String.format(Locale.ROOT, "%,d", Math.abs(krw));
	}

	private static String count(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	private static LocalDate closed(Statement s) {
		return s.closedAt().atZone(SEOUL).toLocalDate();
	}

	private static String str(@Nullable Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static void row(Writer out, String... cells) throws IOException {
		out.write(String.join(",", cells));
		out.write("\r\n");
	}

	private static String status(PayoutStatus status) {
		return switch (status) {
			case CARRIED_FORWARD -> "다음 달로 이월 · Carried forward";
			case PENDING -> "지급 대기 · Pending";
			case ON_HOLD -> "보류 · On hold";
			case INVOICE_AWAITED -> "세금계산서 대기 · Tax invoice awaited";
			case ISSUED -> "송금 요청됨 · Issued";
			case PAID -> "지급 완료 · Paid";
			case FAILED -> "지급 실패 · Failed";
		};
	}

	/** The pages being written: the current one, where on it, and the font. */
	private static final class Pages {

		private final PDDocument document;

		private final PDType0Font font;

		private @Nullable PDPageContentStream content;

		private float y;

		Pages(PDDocument document, PDType0Font font) {
			this.document = document;
			this.font = font;
		}

		void first(Statement s) throws IOException {
			open();
			text(MARGIN, this.y - 18, "정산서 · Statement", 18);
			right(PDRectangle.A4.getWidth() - MARGIN, this.y - 18, s.period().toString(), 18);
			this.y -= 40;
			this.content().setNonStrokingColor(0.1f, 0.45f, 0.2f);
			text(MARGIN, this.y, "확정 · FINAL — 마감 closed " + closed(s) + " (Asia/Seoul)", 11);
			this.content().setNonStrokingColor(0f);
			this.y -= 22;
			text(MARGIN, this.y, "수취인 · Payee: " + fit(s.legalName(), 430, 10), 10);
			if (s.businessNumber() != null) {
				this.y -= 15;
				text(MARGIN, this.y, "사업자등록번호 · Business no.: " + fit(businessNumber(s.businessNumber()), 300, 10), 10);
			}
			this.y -= 15;
			text(MARGIN, this.y, "인쇄면 · Sides: " + count(s.sides()) + "  (유료 · paid " + count(s.paidSides())
					+ ", 하우스 · house " + count(s.houseSides()) + ")   광고 매출 · Revenue: " + won(s.revenue()), 10);
			this.y -= 24;
		}

		void next(Statement s) throws IOException {
			open();
			text(MARGIN, this.y - 10, "정산서 · Statement " + s.period() + " — " + fit(s.legalName(), 300, 10), 10);
			this.y -= 28;
		}

		void tableHead() throws IOException {
			cells(HEAD_KO, true);
			cells(HEAD_EN, true);
			rule(MARGIN, this.y - 4);
		}

		void line(StatementLine l) throws IOException {
			String item = switch (l.kind()) {
				case EARNINGS -> str(l.siteName()) + " / " + str(l.printerName());
				case DEDUCTION -> "차감 · Deduction: " + str(l.reason());
				case ADJUSTMENT -> "조정 · Adjustment: " + str(l.reason());
			};
			boolean earnings = l.kind() == LineKind.EARNINGS;
			String days = (l.firstDay() != null && l.lastDay() != null)
					? l.firstDay().getDayOfMonth() + "–" + l.lastDay().getDayOfMonth() : "";
			String share = (l.shareBps() != null)
					? String.format(Locale.ROOT, "%.2f", l.shareBps() / 100.0).replaceAll("\\.?0+$", "") + "%" : "";
			cells(new String[] { String.valueOf(l.lineNo()), item, days, earnings ? count(l.sides()) : "",
					earnings ? count(l.paidSides()) : "", earnings ? count(l.houseSides()) : "",
					earnings ? won(l.revenue()) : "", share, won(l.amount()) }, false);
		}

		void totals(Statement s) throws IOException {
			if (this.y - 11 * 15 < MARGIN + 20) {
				next(s);
			}
			this.y -= 12;
			String[][] rows = { { "수익 · Earnings", won(s.earnings()) }, { "차감·조정 · Adjustments", won(s.adjustments()) },
					{ "합계 · Total", won(s.total()) }, { "이월 받은 금액 · Carried in", won(s.carriedIn()) },
					{ "지급액 · Payable", won(s.payable()) }, { "다음 달로 이월 · Carried out", won(s.carriedOut()) },
					{ "지급 기준액 · Threshold", won(s.threshold()) } };
			float labelX = PDRectangle.A4.getWidth() - MARGIN - 260;
			for (String[] r : rows) {
				if (r == rows[2]) {
					rule(labelX, this.y + 11);
				}
				text(labelX, this.y, r[0], 10);
				right(PDRectangle.A4.getWidth() - MARGIN, this.y, r[1], 10);
				this.y -= 15;
			}
			this.y -= 10;
			text(MARGIN, this.y, "지급 상태 · Payout status: " + status(s.status()), 10);
			if (s.statusReason() != null) {
				this.y -= 15;
				text(MARGIN, this.y, "사유 · Reason: " + fit(s.statusReason(), 420, 10), 10);
			}
		}

		void footers(Statement s) throws IOException {
			int n = this.document.getNumberOfPages();
			for (int i = 0; i < n; i++) {
				try (PDPageContentStream footer = new PDPageContentStream(this.document, this.document.getPage(i),
						PDPageContentStream.AppendMode.APPEND, true, true)) {
					this.content = footer;
					text(MARGIN, MARGIN - 15, "AdToPaper · " + s.period() + " · #" + s.id(), 7);
					right(PDRectangle.A4.getWidth() - MARGIN, MARGIN - 15, (i + 1) + " / " + n, 7);
				}
			}
			this.content = null;
		}

		void close() throws IOException {
			if (this.content != null) {
				this.content.close();
				this.content = null;
			}
		}

		private void open() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			this.document.addPage(page);
			this.content = new PDPageContentStream(this.document, page);
			this.y = PDRectangle.A4.getHeight() - MARGIN;
		}

		private void rule(float from, float at) throws IOException {
			this.content().setLineWidth(0.5f);
			this.content().moveTo(from, at);
			this.content().lineTo(PDRectangle.A4.getWidth() - MARGIN, at);
			this.content().stroke();
		}

		private PDPageContentStream content() {
			if (this.content == null) {
				throw new IllegalStateException("No page open");
			}
			return this.content;
		}

		/** One table row: text columns cut to fit, the others right-aligned. */
		private void cells(String[] values, boolean head) throws IOException {
			this.y -= ROW;
			float x = MARGIN;
			for (int i = 0; i < values.length; i++) {
				float w = WIDTHS[i] - 4;
				if (i == 1 || (head && i == 0)) {
					text(x, this.y, fit(values[i], w, SIZE), SIZE);
				}
				else {
					String v = safe(values[i]);
					float size = SIZE;
					while (size > 4 && width(v, size) > w) {
						size -= 0.5f;
					}
					right(x + w, this.y, fit(v, w, size), size);
				}
				x += WIDTHS[i];
			}
		}

		private void text(float x, float y, String text, float size) throws IOException {
			PDPageContentStream c = content();
			c.beginText();
			c.setFont(this.font, size);
			c.newLineAtOffset(x, y);
			c.showText(safe(text));
			c.endText();
		}

		private void right(float xRight, float y, String text, float size) throws IOException {
			String t = safe(text);
			text(xRight - width(t, size), y, t, size);
		}

		private float width(String text, float size) throws IOException {
			return this.font.getStringWidth(text) / 1000 * size;
		}

		/** The text cut with an ellipsis to fit {@code width} at {@code size}. */
		private String fit(String text, float width, float size) throws IOException {
			String t = safe(text);
			if (width(t, size) <= width) {
				return t;
			}
			List<Integer> points = new ArrayList<>(t.codePoints().boxed().toList());
			StringBuilder b = new StringBuilder();
			while (!points.isEmpty()) {
				points.remove(points.size() - 1);
				b.setLength(0);
				points.forEach(b::appendCodePoint);
				if (width(b + "…", size) <= width) {
					break;
				}
			}
			return b.isEmpty() ? "" : b + "…";
		}

		/** The text with line breaks as spaces and what the font lacks as '?'. */
		private String safe(String text) {
			StringBuilder b = new StringBuilder(text.length());
			text.codePoints().forEach((cp) -> {
				if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
					b.append(' ');
				}
				else if (has(cp)) {
					b.appendCodePoint(cp);
				}
				else {
					b.append('?');
				}
			});
			return b.toString();
		}

		private boolean has(int codePoint) {
			try {
				this.font.encode(Character.toString(codePoint));
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
