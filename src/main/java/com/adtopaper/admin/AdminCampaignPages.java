package com.adtopaper.admin;

import java.util.EnumSet;

import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignStatus;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Creatives;
import com.adtopaper.audit.AuditLog;
import com.adtopaper.platform.security.CurrentAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaign review on the admin site: the queue of submitted campaigns, each with its
 * creatives previewed as they print (a band at the foot of an A4 page), approved or
 * rejected with a reason the advertiser reads; and running campaigns paused.
 */
@Controller
@Validated
class AdminCampaignPages {

	private final Campaigns campaigns;

	private final Creatives creatives;

	private final Advertisers advertisers;

	private final AuditLog audit;

	private final Operators operators;

	private final AuditedChanges changes;

	AdminCampaignPages(Campaigns campaigns, Creatives creatives, Advertisers advertisers, AuditLog audit,
			Operators operators, AuditedChanges changes) {
		this.campaigns = campaigns;
		this.creatives = creatives;
		this.advertisers = advertisers;
		this.audit = audit;
		this.operators = operators;
		this.changes = changes;
	}

	@GetMapping("/admin/campaigns")
	String campaigns(Model model) {
		model.addAttribute("pending", this.campaigns.awaitingReview());
		model.addAttribute("signUps",
				this.advertisers.all().stream().filter((a) -> "PENDING".equals(a.status())).toList());
		model.addAttribute("live",
				this.campaigns.inStatus(EnumSet.of(CampaignStatus.APPROVED, CampaignStatus.RUNNING)));
		return "admin/campaigns";
	}

	@GetMapping("/admin/campaigns/{campaignId}")
	String campaign(@PathVariable long campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.find(campaignId));
		model.addAttribute("creatives", this.creatives.ofCampaign(campaignId));
		model.addAttribute("audit", this.audit.ofObject("campaign", campaignId, 25));
		return "admin/campaign";
	}

	@PostMapping("/admin/campaigns/{campaignId}/approve")
	String approve(CurrentAccount me, HttpServletRequest request, @PathVariable long campaignId,
			RedirectAttributes redirect) {
		this.changes.make(this.operators.actor(me, request), "campaign.approve", "campaign", campaignId,
				() -> this.campaigns.find(campaignId), () -> this.campaigns.approve(campaignId), null);
		return done(redirect, campaignId, "admin.campaign.approved");
	}

	@PostMapping("/admin/campaigns/{campaignId}/reject")
	String reject(CurrentAccount me, HttpServletRequest request, @PathVariable long campaignId,
			@RequestParam @NotBlank @Size(max = 500) String reason, RedirectAttributes redirect) {
		this.changes.make(this.operators.actor(me, request), "campaign.reject", "campaign", campaignId,
				() -> this.campaigns.find(campaignId), () -> this.campaigns.reject(campaignId, reason), reason.strip());
		return done(redirect, campaignId, "admin.campaign.rejected");
	}

	@PostMapping("/admin/campaigns/{campaignId}/pause")
	String pause(CurrentAccount me, HttpServletRequest request, @PathVariable long campaignId,
			@RequestParam @NotBlank @Size(max = 500) String reason, RedirectAttributes redirect) {
		Campaign paused = this.changes.make(this.operators.actor(me, request), "campaign.pause", "campaign", campaignId,
				() -> this.campaigns.find(campaignId), () -> this.campaigns.pauseByOperator(campaignId),
				reason.strip());
		return done(redirect, paused.id(), "admin.campaign.paused");
	}

	/** An advertiser's sign-up approved: their campaigns may then be reviewed. */
	@PostMapping("/admin/advertisers/{advertiserId}/approve")
	String approveAdvertiser(CurrentAccount me, HttpServletRequest request, @PathVariable long advertiserId,
			RedirectAttributes redirect) {
		this.changes.make(this.operators.actor(me, request), "advertiser.approve", "advertiser", advertiserId, null,
				() -> this.advertisers.approve(advertiserId), null);
		redirect.addFlashAttribute("notice", "admin.campaigns.advertiser-approved");
		return "redirect:/admin/campaigns";
	}

	private static String done(RedirectAttributes redirect, long campaignId, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/admin/campaigns/" + campaignId;
	}

}
