package com.adtopaper.advertiser;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignDraft;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import com.adtopaper.member.Gender;
import com.adtopaper.platform.security.CurrentAccount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An advertiser's campaigns, as JSON (the site's pages use the same facade). */
@RestController
class CampaignController {

	private final Campaigns campaigns;

	CampaignController(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	record TargetingRequest(@Nullable Set<Long> schoolIds, @Nullable Set<@Size(max = 100) String> majors,
			@Nullable Set<Integer> admissionYears, @Nullable Set<Gender> genders, @Nullable Set<Long> printerIds,
			@Nullable Set<@Size(max = 50) String> regions, @Nullable Set<Integer> hours,
			@Nullable Set<DayOfWeek> weekdays) {

		Targeting toTargeting() {
			return new Targeting(orEmpty(this.schoolIds), orEmpty(this.majors), orEmpty(this.admissionYears),
					orEmpty(this.genders), orEmpty(this.printerIds), orEmpty(this.regions), orEmpty(this.hours),
					orEmpty(this.weekdays));
		}

		private static <T> Set<T> orEmpty(@Nullable Set<T> values) {
			return (values != null) ? values : Set.of();
		}

	}

	record CampaignRequest(@NotBlank @Size(max = 150) String name, @NotNull LocalDate startsOn,
			@NotNull LocalDate endsOn, @NotNull Long totalBudget, @NotNull Long dailyBudget, @NotNull Long pricePerPage,
			@NotNull Priority priority, @Nullable Integer weight, @Nullable Integer frequencyCap,
			@Nullable @Valid TargetingRequest targeting) {

		CampaignDraft toDraft() {
			return new CampaignDraft(this.name, this.startsOn, this.endsOn, this.totalBudget, this.dailyBudget,
					this.pricePerPage, this.priority, (this.weight != null) ? this.weight : 100,
					(this.frequencyCap != null) ? this.frequencyCap : 0,
					(this.targeting != null) ? this.targeting.toTargeting() : Targeting.ANYONE);
		}

	}

	@GetMapping("/api/v1/advertiser/campaigns")
	List<Campaign> list(CurrentAccount me) {
		return this.campaigns.list(me.id());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/advertiser/campaigns")
	ResponseEntity<Campaign> create(CurrentAccount me, @Valid @RequestBody CampaignRequest request) {
		Campaign campaign = this.campaigns.create(me.id(), request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/advertiser/campaigns/" + campaign.id())).body(campaign);
	}

	@GetMapping("/api/v1/advertiser/campaigns/{id}")
	Campaign get(CurrentAccount me, @PathVariable long id) {
		return this.campaigns.get(me.id(), id);
	}

	@PutMapping("/api/v1/advertiser/campaigns/{id}")
	Campaign edit(CurrentAccount me, @PathVariable long id, @Valid @RequestBody CampaignRequest request) {
		return this.campaigns.edit(me.id(), id, request.toDraft());
	}

	@PostMapping("/api/v1/advertiser/campaigns/{id}/submit")
	Campaign submit(CurrentAccount me, @PathVariable long id) {
		return this.campaigns.submit(me.id(), id);
	}

	@PostMapping("/api/v1/advertiser/campaigns/{id}/pause")
	Campaign pause(CurrentAccount me, @PathVariable long id) {
		return this.campaigns.pause(me.id(), id);
	}

	@PostMapping("/api/v1/advertiser/campaigns/{id}/resume")
	Campaign resume(CurrentAccount me, @PathVariable long id) {
		return this.campaigns.resume(me.id(), id);
	}

}
