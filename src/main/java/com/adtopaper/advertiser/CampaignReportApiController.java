package com.adtopaper.advertiser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.adtopaper.ads.CampaignReport;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.LiveCounters;
import com.adtopaper.advertiser.CampaignReportController.Span;
import com.adtopaper.platform.security.CurrentAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A campaign's report for the advertiser's own programs: the numbers its page shows
 * (totals, by day, by hour of one day, by school, major, year, gender and printer, the
 * live counters), as JSON.
 */
@RestController
class CampaignReportApiController {

	private final Campaigns campaigns;

	private final CampaignReports reports;

	private final ReportLabels labels;

	CampaignReportApiController(Campaigns campaigns, CampaignReports reports, ReportLabels labels) {
		this.campaigns = campaigns;
		this.reports = reports;
		this.labels = labels;
	}

	/**
	 * A campaign's report.
	 *
	 * @param campaignId the campaign
	 * @param name its name
	 * @param from the first Seoul day counted
	 * @param to the last
	 * @param day the day counted by hour
	 * @param pages pages printed from {@code from} to {@code to}
	 * @param spend what they cost (KRW)
	 * @param byDay pages and spend of each day of the span
	 * @param byHour pages and spend of each hour of {@code day}
	 * @param breakdowns pages and spend in the span by school, major, year, gender and
	 * printer, most pages first
	 * @param live the counters as of now
	 */
	record Report(long campaignId, String name, LocalDate from, LocalDate to, LocalDate day, long pages, long spend,
			List<CampaignReport.Bucket> byDay, List<CampaignReport.Bucket> byHour, Map<String, List<Line>> breakdowns,
			LiveCounters live) {

	}

	/**
	 * One line of a breakdown.
	 *
	 * @param value what the report counts by: a school or printer id, a major, a year, a
	 * gender
	 * @param label its name as the campaign page shows it (the printer's name and site)
	 * @param pages pages printed
	 * @param spend what they cost (KRW)
	 * @param percent the share of the span's pages
	 */
	record Line(String value, String label, long pages, long spend, int percent) {

	}

	@GetMapping(path = "/api/v1/advertiser/campaigns/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A campaign's report",
			description = "The numbers of the campaign's page: pages and spend (KRW) in all, by day, by hour of one "
					+ "day, by school, major, admission year, gender and printer (with its site), and the live "
					+ "counters. Days are Asia/Seoul; the span defaults to the last 30 days the campaign ran and "
					+ "covers at most " + CampaignReports.MAX_DAYS + " days.")
	@ApiResponse(responseCode = "200", description = "The report")
	@ApiResponse(responseCode = "400", description = "A date that cannot be read, or a span that cannot be reported",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not an advertiser",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such campaign of this advertiser",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Report report(CurrentAccount me, @PathVariable long id,
			@Parameter(description = "The first day (YYYY-MM-DD)") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "The last day (YYYY-MM-DD)") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@Parameter(description = "The day counted by hour (YYYY-MM-DD), by default today or the span's "
					+ "nearest day") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
		Span span = Span.of(this.campaigns.get(me.id(), id), this.reports.today(), from, to, day);
		CampaignReports.checkSpan(span.from(), span.to());
		CampaignReport report = this.reports.report(me.id(), id, span.from(), span.to(), span.day());
		ReportView view = ReportView.of(report, this.labels.pageLabels());
		Map<String, List<Line>> breakdowns = new LinkedHashMap<>();
		for (ReportView.Breakdown breakdown : view.breakdowns()) {
			List<CampaignReport.Slice> slices = report.breakdowns().get(breakdown.dimension());
			List<Line> lines = new ArrayList<>();
			for (int i = 0; i < slices.size(); i++) {
				ReportView.Line line = breakdown.lines().get(i);
				lines.add(new Line(slices.get(i).value(), line.label(), line.pages(), line.spend(), line.percent()));
			}
			breakdowns.put(breakdown.dimension().name().toLowerCase(Locale.ROOT), lines);
		}
		return new Report(id, report.campaign().name(), report.from(), report.to(), report.day(), report.pages(),
				report.spend(), report.daily(), report.hourly(), breakdowns, report.live());
	}

}
