package com.adtopaper.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.adtopaper.ads.Campaigns;
import com.adtopaper.audit.AuditEntry;
import com.adtopaper.audit.AuditFilter;
import com.adtopaper.audit.AuditLog;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.QueueStats;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.points.Morning;
import com.adtopaper.printing.Printers;
import com.adtopaper.settlement.Earnings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operators' dashboard and the audit log. */
@Controller
@Validated
class AdminSiteController {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	static final int AUDIT_PAGE = 50;

	private final Printers printers;

	private final JobQueue queues;

	private final Campaigns campaigns;

	private final AuditLog audit;

	private final MeterRegistry meters;

	private final Earnings earnings;

	private final Morning morning;

	AdminSiteController(Printers printers, JobQueue queues, Campaigns campaigns, AuditLog audit, MeterRegistry meters,
			Earnings earnings, Morning morning) {
		this.earnings = earnings;
		this.morning = morning;
		this.printers = printers;
		this.queues = queues;
		this.campaigns = campaigns;
		this.audit = audit;
		this.meters = meters;
	}

	/**
	 * @param online printers that can print
	 * @param inError printers whose agent reports an error
	 * @param silent printers offline or not heard from
	 * @param awaitingReview campaigns submitted and not reviewed
	 * @param cacheHitRatio the query cache's hits per read since this node started, in
	 * percent, or null where the cache is off
	 */
	record Dashboard(long online, long inError, long silent, long awaitingReview, @Nullable Long cacheHitRatio) {
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		List<Printer> all = this.printers.all();
		long online = all.stream().filter((p) -> p.status().state() == PrinterState.ONLINE).count();
		long silent = all.stream().filter((p) -> p.status().state() == PrinterState.OFFLINE).count();
		Gauge hitRatio = this.meters.find("adtopaper.querycache.hit.ratio").gauge();
		Long ratio = (hitRatio != null && !Double.isNaN(hitRatio.value())) ? Math.round(hitRatio.value() * 100) : null;
		model.addAttribute("dashboard", new Dashboard(online, all.size() - online - silent, silent,
				this.campaigns.awaitingReview().size(), ratio));
		List<QueueStats> queues = this.queues.stats();
		model.addAttribute("queues", queues);
		Earnings.Today today = this.earnings.today();
		model.addAttribute("today", today);
		model.addAttribute("morning", this.morning.summaries(today.day(), today.day()).getFirst());
		return "admin/dashboard";
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) @Size(max = 100) @Nullable String actor,
			@RequestParam(required = false) @Size(max = 100) @Nullable String action,
			@RequestParam(required = false) @Size(max = 40) @Nullable String objectType,
			@RequestParam(required = false) @Size(max = 100) @Nullable String objectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Size(max = 100) @Nullable String text,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, Model model) {
		Instant since = (from != null) ? from.atStartOfDay(SEOUL).toInstant() : null;
		Instant until = (to != null) ? to.plusDays(1).atStartOfDay(SEOUL).toInstant() : null;
		Page<AuditEntry> entries = this.audit
			.search(new AuditFilter(actor, action, objectType, objectId, since, until, text), page, AUDIT_PAGE);
		model.addAttribute("entries", entries);
		model.addAttribute("filter", new AuditQuery(actor, action, objectType, objectId, from, to, text));
		return "admin/audit";
	}

	/** The audit page's filter, as typed, for the form and the page links. */
	record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String objectType,
			@Nullable String objectId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {
	}

}
