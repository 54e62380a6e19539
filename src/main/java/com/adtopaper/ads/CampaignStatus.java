package com.adtopaper.ads;

/** Where a campaign is in its life. */
public enum CampaignStatus {

	DRAFT, PENDING_REVIEW, APPROVED, REJECTED, RUNNING, PAUSED, FINISHED

}
