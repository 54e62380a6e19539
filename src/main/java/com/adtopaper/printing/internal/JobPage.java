package com.adtopaper.printing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One side of a rendered job, as it prints: the ad chosen for it, kept with the job so
 * that the side is charged to the campaign whose ad it carried, at the price decided.
 */
@Embeddable
class JobPage {

	@Column(name = "page")
	private int page;

	private @Nullable Long campaignId;

	private @Nullable Long creativeId;

	private long price;

	protected JobPage() {
	}

	JobPage(int page, @Nullable Long campaignId, @Nullable Long creativeId, long price) {
		this.page = page;
		this.campaignId = campaignId;
		this.creativeId = creativeId;
		this.price = price;
	}

	int page() {
		return this.page;
	}

	@Nullable Long campaignId() {
		return this.campaignId;
	}

	@Nullable Long creativeId() {
		return this.creativeId;
	}

	long price() {
		return this.price;
	}

}
