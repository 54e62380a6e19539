package com.adtopaper.admin;

import java.util.List;

import com.adtopaper.ads.Advertiser;
import com.adtopaper.ads.Advertisers;
import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.platform.web.MaxUtf8Bytes;
import com.adtopaper.platform.security.CurrentAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators invite and approve advertisers and review their campaigns (JSON now; the
 * admin site later).
 */
@RestController
class CampaignReviewController {

	private final Campaigns campaigns;

	private final Advertisers advertisers;

	private final Operators operators;

	private final AuditedChanges changes;

	CampaignReviewController(Campaigns campaigns, Advertisers advertisers, Operators operators,
			AuditedChanges changes) {
		this.campaigns = campaigns;
		this.advertisers = advertisers;
		this.operators = operators;
		this.changes = changes;
	}

	record Rejection(@NotBlank @Size(max = 500) String reason) {
	}

	record Invitation(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(min = 8, max = 128) @MaxUtf8Bytes(72) String password,
			@NotBlank @Size(max = 150) String company, @NotBlank @Size(max = 100) String contactName,
			@NotBlank @Size(max = 30) String contactPhone) {

		@Override
		public String toString() {
			return "Invitation[" + this.email + "]";
		}

	}

	@GetMapping("/api/v1/admin/campaigns/pending")
	List<Campaign> pending() {
		return this.campaigns.awaitingReview();
	}

	@PostMapping("/api/v1/admin/campaigns/{id}/approve")
	Campaign approve(CurrentAccount me, HttpServletRequest request, @PathVariable long id) {
		return this.changes.make(this.operators.actor(me, request), "campaign.approve", "campaign", id,
				() -> this.campaigns.find(id), () -> this.campaigns.approve(id), null);
	}

	@PostMapping("/api/v1/admin/campaigns/{id}/reject")
	Campaign reject(CurrentAccount me, HttpServletRequest request, @PathVariable long id,
			@Valid @RequestBody Rejection rejection) {
		return this.changes.make(this.operators.actor(me, request), "campaign.reject", "campaign", id,
				() -> this.campaigns.find(id), () -> this.campaigns.reject(id, rejection.reason()), rejection.reason());
	}

	@GetMapping("/api/v1/admin/advertisers")
	List<Advertiser> advertisers() {
		return this.advertisers.all();
	}

	@PostMapping("/api/v1/admin/advertisers")
	@ResponseStatus(HttpStatus.CREATED)
	Advertiser invite(CurrentAccount me, HttpServletRequest request, @Valid @RequestBody Invitation invitation) {
		return this.changes.make(this.operators.actor(me, request), "advertiser.invite", "advertiser",
				invitation.email(), null, () -> this.advertisers.invite(invitation.email(), invitation.password(),
						invitation.company(), invitation.contactName(), invitation.contactPhone()),
				null);
	}

	@PostMapping("/api/v1/admin/advertisers/{id}/approve")
	Advertiser approveAdvertiser(CurrentAccount me, HttpServletRequest request, @PathVariable long id) {
		return this.changes.make(this.operators.actor(me, request), "advertiser.approve", "advertiser", id, null,
				() -> this.advertisers.approve(id), null);
	}

}
