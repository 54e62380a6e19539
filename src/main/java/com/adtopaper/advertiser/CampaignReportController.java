package com.adtopaper.advertiser;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import com.adtopaper.ads.AdsExceptions.InvalidCampaign;
import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignReport;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Creatives;
import com.adtopaper.ads.ReportDimension;
import com.adtopaper.platform.SupportedDates;
import com.adtopaper.platform.security.CurrentAccount;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A campaign's page: its settings, live counters, charts and breakdowns. */
@Controller
class CampaignReportController {

	private final Campaigns campaigns;

	private final CampaignReports reports;

	private final ReportLabels labels;

	private final Creatives creatives;

	CampaignReportController(Campaigns campaigns, CampaignReports reports, ReportLabels labels, Creatives creatives) {
		this.creatives = creatives;
		this.campaigns = campaigns;
		this.reports = reports;
		this.labels = labels;
	}

	/**
	 * The span a report shows unless asked: the last 30 days the campaign ran, to today.
	 */
	record Span(LocalDate from, LocalDate to, LocalDate day) {

		static Span of(Campaign campaign, LocalDate today, @Nullable LocalDate from, @Nullable LocalDate to,
				@Nullable LocalDate day) {
			check("from", from);
			check("to", to);
			check("day", day);
			LocalDate last = (to != null) ? to : clamp(today, campaign.startsOn(), campaign.endsOn());
			LocalDate first = (from != null) ? from : max(campaign.startsOn(), last.minusDays(29));
			return new Span(first, last, (day != null) ? day : clamp(today, first, last));
		}

		private static void check(String field, @Nullable LocalDate date) {
			if (date != null && !SupportedDates.supported(date)) {
				throw new InvalidCampaign(field, SupportedDates.refusal(), SupportedDates.REFUSAL,
						SupportedDates.refusalArguments());
			}
		}

		private static LocalDate clamp(LocalDate day, LocalDate first, LocalDate last) {
			return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
		}

		private static LocalDate max(LocalDate a, LocalDate b) {
			return a.isAfter(b) ? a : b;
		}

	}

	@GetMapping("/advertiser/campaigns/{id}")
	String show(CurrentAccount me, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			Model model) {
		Span span = Span.of(this.campaigns.get(me.id(), id), this.reports.today(), from, to, day);
		CampaignReport report = this.reports.report(me.id(), id, span.from(), span.to(), span.day());
		model.addAttribute("campaign", report.campaign());
		Map<ReportDimension, Function<String, String>> labels = this.labels.pageLabels();
		model.addAttribute("view", ReportView.of(report, labels));
		model.addAttribute("targeting", TargetingView.of(report.campaign().targeting(), labels));
		model.addAttribute("creatives", this.creatives.list(me.id(), id));
		return "advertiser/campaign";
	}

}
