package com.adtopaper.ads;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.adtopaper.ads.AdsExceptions.InvalidCampaign;
import com.adtopaper.ads.AdsExceptions.NoSuchCampaign;
import com.adtopaper.ads.AdsExceptions.NotAnAdvertiser;
import com.adtopaper.ads.internal.AdvertiserEntity;
import com.adtopaper.ads.internal.AdvertiserRepository;
import com.adtopaper.ads.internal.CampaignEntity;
import com.adtopaper.ads.internal.CampaignRepository;
import com.adtopaper.ads.internal.TargetingConverter;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.SupportedDates;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns: advertisers create, edit and submit them; operators approve or reject them;
 * advertisers pause and resume them. Every method that takes an advertiser's account id
 * only ever sees that advertiser's campaigns: another's id is not found. Called by the
 * advertisers' channel ({@code advertiser}) and, for the review, by the operators'
 * ({@code admin}).
 */
@Service
@Transactional
public class Campaigns {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final CampaignRepository campaigns;

	private final AdvertiserRepository advertisers;

	private final Schools schools;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Campaigns(CampaignRepository campaigns, AdvertiserRepository advertisers, Schools schools,
			ApplicationEventPublisher events, Clock clock) {
		this.campaigns = campaigns;
		this.advertisers = advertisers;
		this.schools = schools;
		this.events = events;
		this.clock = clock;
	}

	public Campaign create(long accountId, CampaignDraft draft) {
		AdvertiserEntity advertiser = advertiser(accountId);
		check(draft);
		return this.campaigns.save(new CampaignEntity(advertiser.id(), draft, this.clock.instant())).toCampaign();
	}

	public Campaign edit(long accountId, long campaignId, CampaignDraft draft) {
		CampaignEntity campaign = own(accountId, campaignId);
		check(draft);
		campaign.edit(draft, this.clock.instant());
		return campaign.toCampaign();
	}

	public Campaign submit(long accountId, long campaignId) {
		CampaignEntity campaign = own(accountId, campaignId);
		campaign.submit(this.clock.instant());
		return campaign.toCampaign();
	}

	public Campaign pause(long accountId, long campaignId) {
		return changed(own(accountId, campaignId), (c) -> c.pause(this.clock.instant()));
	}

	public Campaign resume(long accountId, long campaignId) {
		return changed(own(accountId, campaignId), (c) -> c.resume(this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public Campaign get(long accountId, long campaignId) {
		return own(accountId, campaignId).toCampaign();
	}

	@Transactional(readOnly = true)
	public List<Campaign> list(long accountId) {
		return this.campaigns.findByAdvertiserIdOrderByIdDesc(advertiser(accountId).id())
			.stream()
			.map(CampaignEntity::toCampaign)
			.toList();
	}

	// review, by operators

	@Transactional(readOnly = true)
	public List<Campaign> awaitingReview() {
		return this.campaigns.findByStatusInOrderById(EnumSet.of(CampaignStatus.PENDING_REVIEW))
			.stream()
			.map(CampaignEntity::toCampaign)
			.toList();
	}

	public Campaign approve(long campaignId) {
		CampaignEntity campaign = any(campaignId);
		if (!this.advertisers.findById(campaign.advertiserId()).map(AdvertiserEntity::active).orElse(false)) {
			throw new NotAnAdvertiser();
		}
		return changed(campaign, (c) -> c.approve(this.clock.instant()));
	}

	/** Any campaign, for operators. */
	@Transactional(readOnly = true)
	public Campaign find(long campaignId) {
		return any(campaignId).toCampaign();
	}

	/** Campaigns in these states, for operators, newest first. */
	@Transactional(readOnly = true)
	public List<Campaign> inStatus(Set<CampaignStatus> statuses) {
		return this.campaigns.findByStatusInOrderById(statuses)
			.stream()
			.map(CampaignEntity::toCampaign)
			.sorted(Comparator.comparingLong(Campaign::id).reversed())
			.toList();
	}

	/**
	 * An operator stops a running campaign (a complaint, an ad that should not print);
	 * its advertiser sees it paused and may resume it once it is put right.
	 */
	public Campaign pauseByOperator(long campaignId) {
		return changed(any(campaignId), (c) -> c.pause(this.clock.instant()));
	}

	public Campaign reject(long campaignId, String reason) {
		if (reason.isBlank()) {
			throw new InvalidCampaign("reason", "A rejection needs a reason the advertiser can act on.",
					"problem.ads.rejection-reason");
		}
		return changed(any(campaignId), (c) -> c.reject(reason.trim(), this.clock.instant()));
	}

	/**
	 * Whether the campaign belongs to the advertiser with this account (for other
	 * modules' routes).
	 */
	@Transactional(readOnly = true)
	public boolean owns(long accountId, long campaignId) {
		return this.advertisers.findByAccountId(accountId)
			.flatMap((a) -> this.campaigns.findByIdAndAdvertiserId(campaignId, a.id()))
			.isPresent();
	}

	private Campaign changed(CampaignEntity campaign, Consumer<CampaignEntity> change) {
		change.accept(campaign);
		this.events.publishEvent(new CampaignChanged(campaign.id()));
		return campaign.toCampaign();
	}

	private AdvertiserEntity advertiser(long accountId) {
		return this.advertisers.findByAccountId(accountId).orElseThrow(NotAnAdvertiser::new);
	}

	private CampaignEntity own(long accountId, long campaignId) {
		return this.campaigns.findByIdAndAdvertiserId(campaignId, advertiser(accountId).id())
			.orElseThrow(() -> new NoSuchCampaign(campaignId));
	}

	private CampaignEntity any(long campaignId) {
		return this.campaigns.findById(campaignId).orElseThrow(() -> new NoSuchCampaign(campaignId));
	}

	private void check(CampaignDraft draft) {
		if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 150) {
			throw new InvalidCampaign("name", "The name must have 1 to 150 characters.", "problem.ads.name");
		}
		if (!SupportedDates.supported(draft.startsOn())) {
			throw new InvalidCampaign("startsOn", SupportedDates.refusal(), SupportedDates.REFUSAL,
					SupportedDates.refusalArguments());
		}
		if (!SupportedDates.supported(draft.endsOn())) {
			throw new InvalidCampaign("endsOn", SupportedDates.refusal(), SupportedDates.REFUSAL,
					SupportedDates.refusalArguments());
		}
		if (draft.startsOn().isAfter(draft.endsOn())) {
			throw new InvalidCampaign("endsOn", "The campaign must end on or after the day it starts.",
					"problem.ads.ends-before-start");
		}
		if (draft.endsOn().isBefore(LocalDate.now(this.clock.withZone(SEOUL)))) {
			throw new InvalidCampaign("endsOn", "The campaign must end today or later.", "problem.ads.ends-in-past");
		}
		if (draft.totalBudget() <= 0) {
			throw new InvalidCampaign("totalBudget", "The total budget must be a positive amount of won.",
					"problem.ads.total-budget");
		}
		if (draft.dailyBudget() <= 0 || draft.dailyBudget() > draft.totalBudget()) {
			throw new InvalidCampaign("dailyBudget", "The daily budget must be positive and at most the total budget.",
					"problem.ads.daily-budget");
		}
		if (draft.pricePerPage() <= 0 || draft.pricePerPage() > draft.dailyBudget()) {
			throw new InvalidCampaign("pricePerPage",
					"The price per page must be positive and at most the daily budget.", "problem.ads.price-per-page");
		}
		if (draft.weight() < 1 || draft.weight() > 1000) {
			throw new InvalidCampaign("weight", "The weight must be between 1 and 1000.", "problem.ads.weight");
		}
		if (draft.frequencyCap() < 0 || draft.frequencyCap() > 1000) {
			throw new InvalidCampaign("frequencyCap", "The frequency cap must be between 0 (none) and 1000.",
					"problem.ads.frequency-cap");
		}
		Targeting targeting = draft.targeting();
		if (TargetingConverter.json(targeting).length() > TargetingConverter.MAX_LENGTH) {
			// checked before any school is looked up: 5,000 ids are refused, not 5,000
			// queries
			throw new InvalidCampaign("targeting",
					"The targeting is too long to store: choose fewer values (at most " + TargetingConverter.MAX_LENGTH
							+ " characters in all).",
					"problem.ads.targeting-length", Integer.toString(TargetingConverter.MAX_LENGTH));
		}
		for (long school : targeting.schoolIds()) {
			if (this.schools.find(school).isEmpty()) {
				throw new InvalidCampaign("targeting.schoolIds", "There is no school with id " + school + ".",
						"problem.ads.targeting-school", Long.toString(school));
			}
		}
		if (targeting.hours().stream().anyMatch((h) -> h < 0 || h > 23)) {
			throw new InvalidCampaign("targeting.hours", "Hours go from 0 to 23.", "problem.ads.targeting-hours");
		}
		if (targeting.admissionYears().stream().anyMatch((y) -> y < 1950 || y > 2100)) {
			throw new InvalidCampaign("targeting.admissionYears", "Admission years go from 1950 to 2100.",
					"problem.ads.targeting-years");
		}
	}

}
