package com.adtopaper.ads.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.adtopaper.ads.AdsExceptions.CampaignStateConflict;
import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignDraft;
import com.adtopaper.ads.CampaignStatus;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A campaign: its state changes are its own methods, each checking the state it starts
 * from.
 */
@Entity
@Table(name = "campaigns")
public class CampaignEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long advertiserId;

	private String name;

	@Enumerated(EnumType.STRING)
	private CampaignStatus status;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private long totalBudget;

	private long dailyBudget;

	private long pricePerPage;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	private int weight;

	private int frequencyCap;

	@Convert(converter = TargetingConverter.class)
	private Targeting targeting;

	private @Nullable String rejectionReason;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected CampaignEntity() {
	}

	public CampaignEntity(long advertiserId, CampaignDraft draft, Instant now) {
		this.advertiserId = advertiserId;
		this.status = CampaignStatus.DRAFT;
		this.createdAt = now;
		apply(draft, now);
	}

	private void apply(CampaignDraft draft, Instant now) {
		this.name = draft.name().trim();
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		this.totalBudget = draft.totalBudget();
		this.dailyBudget = draft.dailyBudget();
		this.pricePerPage = draft.pricePerPage();
		this.priority = draft.priority();
		this.weight = draft.weight();
		this.frequencyCap = draft.frequencyCap();
		this.targeting = draft.targeting();
		this.updatedAt = now;
	}

	private void require(String action, CampaignStatus... from) {
		if (!Set.of(from).contains(this.status)) {
			throw new CampaignStateConflict(this.status, action);
		}
	}

	/**
	 * Drafts and rejected campaigns can be edited; an edited rejected campaign is a draft
	 * again.
	 */
	public void edit(CampaignDraft draft, Instant now) {
		require("edited", CampaignStatus.DRAFT, CampaignStatus.REJECTED);
		apply(draft, now);
		this.status = CampaignStatus.DRAFT;
		this.rejectionReason = null;
	}

	public void submit(Instant now) {
		require("submitted for review", CampaignStatus.DRAFT, CampaignStatus.REJECTED);
		this.status = CampaignStatus.PENDING_REVIEW;
		this.updatedAt = now;
	}

	public void approve(Instant now) {
		require("approved", CampaignStatus.PENDING_REVIEW);
		this.status = CampaignStatus.APPROVED;
		this.updatedAt = now;
	}

	public void reject(String reason, Instant now) {
		require("rejected", CampaignStatus.PENDING_REVIEW);
		this.status = CampaignStatus.REJECTED;
		this.rejectionReason = reason;
		this.updatedAt = now;
	}

	public void pause(Instant now) {
		require("paused", CampaignStatus.APPROVED, CampaignStatus.RUNNING);
		this.status = CampaignStatus.PAUSED;
		this.updatedAt = now;
	}

	public void resume(Instant now) {
		require("resumed", CampaignStatus.PAUSED);
		this.status = CampaignStatus.APPROVED;
		this.updatedAt = now;
	}

	/**
	 * A campaign takes new creatives until it finishes, even while it runs, except while
	 * an operator reviews it: what is reviewed must not change under the reviewer.
	 */
	public void acceptCreative() {
		require("given new creatives", CampaignStatus.DRAFT, CampaignStatus.REJECTED, CampaignStatus.APPROVED,
				CampaignStatus.RUNNING, CampaignStatus.PAUSED);
	}

	/** Creatives can be removed at any time but during review. */
	public void removeCreative() {
		require("changed while it is reviewed", CampaignStatus.DRAFT, CampaignStatus.REJECTED, CampaignStatus.APPROVED,
				CampaignStatus.RUNNING, CampaignStatus.PAUSED, CampaignStatus.FINISHED);
	}

	/**
	 * Approved campaigns start on their first day and finish after their last or when the
	 * budget is spent.
	 */
	public boolean advance(LocalDate today, long spent, Instant now) {
		CampaignStatus before = this.status;
		if (this.status == CampaignStatus.APPROVED && !today.isBefore(this.startsOn)) {
			this.status = CampaignStatus.RUNNING;
		}
		if ((this.status == CampaignStatus.RUNNING || this.status == CampaignStatus.APPROVED
				|| this.status == CampaignStatus.PAUSED)
				&& (today.isAfter(this.endsOn) || spent + this.pricePerPage > this.totalBudget)) {
			this.status = CampaignStatus.FINISHED;
		}
		if (this.status != before) {
			this.updatedAt = now;
			return true;
		}
		return false;
	}

	public long id() {
		return this.id;
	}

	public long advertiserId() {
		return this.advertiserId;
	}

	public CampaignStatus status() {
		return this.status;
	}

	public Campaign toCampaign() {
		return new Campaign(this.id, this.advertiserId, this.name, this.status, this.startsOn, this.endsOn,
				this.totalBudget, this.dailyBudget, this.pricePerPage, this.priority, this.weight, this.frequencyCap,
				this.targeting, this.rejectionReason, this.createdAt);
	}

}
