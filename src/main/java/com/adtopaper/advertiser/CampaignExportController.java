package com.adtopaper.advertiser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.adtopaper.ads.AdsExceptions.InvalidCampaign;
import com.adtopaper.ads.CampaignReport.Bucket;
import com.adtopaper.ads.CampaignReport;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.ReportDimension;
import com.adtopaper.advertiser.CampaignReportController.Span;
import com.adtopaper.platform.security.CurrentAccount;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report's numbers as CSV (UTF-8 with a byte order mark, so spreadsheet programs read
 * Korean names): by hour, by day, by one audience dimension, or every combination.
 */
@RestController
class CampaignExportController {

	private final Campaigns campaigns;

	private final CampaignReports reports;

	private final ReportLabels labels;

	CampaignExportController(Campaigns campaigns, CampaignReports reports, ReportLabels labels) {
		this.campaigns = campaigns;
		this.reports = reports;
		this.labels = labels;
	}

	@GetMapping("/advertiser/campaigns/{id}/report.csv")
	void export(CurrentAccount me, @PathVariable long id, @RequestParam(defaultValue = "day") String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			HttpServletResponse response) throws IOException {
		Span span = Span.of(this.campaigns.get(me.id(), id), this.reports.today(), from, to, day);
		String kind = by.toLowerCase(Locale.ROOT);
		ReportDimension dimension = dimension(kind);
		CampaignReports.checkSpan(span.from(), span.to());
		CampaignReport report = "all".equals(kind) ? null
				: this.reports.report(me.id(), id, span.from(), span.to(), span.day());
		// every refusal is above this line: once the writer is open the status is sent
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campaign-%d-%s-%s-%s.csv\""
			.formatted(id, kind, span.from(), ("hour".equals(kind) ? span.day() : span.to())));
		Writer out = response.getWriter();
		out.write('\uFEFF');
		switch (kind) {
			case "hour" -> buckets(out, "hour", span.day() + " ", report.hourly());
			case "day" -> buckets(out, "day", "", report.daily());
			case "all" -> all(out, me.id(), id, span);
			default -> {
				Function<String, String> label = this.labels.labels().get(dimension);
				line(out, dimension.name().toLowerCase(Locale.ROOT), "pages", "spend_krw");
				for (CampaignReport.Slice slice : report.breakdowns().getOrDefault(dimension, List.of())) {
					line(out, label.apply(slice.value()), Long.toString(slice.pages()), Long.toString(slice.spend()));
				}
			}
		}
		out.flush();
	}

	private static @Nullable ReportDimension dimension(String kind) {
		return switch (kind) {
			case "hour", "day", "all" -> null;
			case "school" -> ReportDimension.SCHOOL;
			case "major" -> ReportDimension.MAJOR;
			case "year" -> ReportDimension.YEAR;
			case "gender" -> ReportDimension.GENDER;
			case "printer" -> ReportDimension.PRINTER;
			default -> throw new InvalidCampaign("by",
					"Export by hour, day, school, major, year, gender, printer or all.", "problem.ads.export-by");
		};
	}

	private static void buckets(Writer out, String header, String prefix, List<Bucket> buckets) throws IOException {
		line(out, header, "pages", "spend_krw");
		for (Bucket bucket : buckets) {
			line(out, prefix + bucket.label(), Long.toString(bucket.pages()), Long.toString(bucket.spend()));
		}
	}

	private void all(Writer out, long accountId, long id, Span span) throws IOException {
		Map<ReportDimension, Function<String, String>> labels = this.labels.labels();
		line(out, "hour", "school", "major", "admission_year", "gender", "printer", "pages", "spend_krw");
		try {
			this.reports.rows(accountId, id, span.from(), span.to(), (row) -> {
				try {
					line(out, row.hour().toString().replace('T', ' '),
							labels.get(ReportDimension.SCHOOL).apply(Long.toString(row.schoolId())), row.major(),
							Integer.toString(row.admissionYear()), row.gender(),
							labels.get(ReportDimension.PRINTER).apply(Long.toString(row.printerId())),
							Long.toString(row.pages()), Long.toString(row.spend()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
	static void line(Writer out, String... cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells[i]));
		}
		out.write("\r\n");
	}

	static String cell(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

}
