package com.adtopaper.printing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.adtopaper.printing.JobAudience;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PagesPrinted.PaidSide;
import com.adtopaper.printing.PrintingExceptions.InvalidReport;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import org.jspecify.annotations.Nullable;

/**
 * The sides of a print job: how many it has, how many its printer reports printed (a
 * count that only grows, never past the sides), and from its rendering on the ad of each
 * and the audience they were chosen for, which the events of printed sides carry.
 */
@Embeddable
class JobSides {

	@Column(name = "sides")
	private int sides;

	@Column(name = "pages_printed")
	private int printed;

	/** The ad of every side, from its rendering on. */
	@ElementCollection
	@CollectionTable(name = "print_job_pages", joinColumns = @JoinColumn(name = "job_id"))
	@OrderBy("page")
	private List<JobPage> pages = new ArrayList<>();

	/** The member as targeting saw them when the job was rendered. */
	@Embedded
	private @Nullable RenderedAudience audience;

	protected JobSides() {
	}

	JobSides(int sides) {
		this.sides = sides;
	}

	int sides() {
		return this.sides;
	}

	int printed() {
		return this.printed;
	}

	/**
	 * The printer of job {@code jobId} reports {@code reported} sides printed in all.
	 * @param repeatRefused whether a report of no new side is refused
	 * @return the sides newly printed
	 * @throws InvalidReport if the count shrinks, exceeds the sides or is a refused
	 * repeat
	 */
	int report(String jobId, int reported, boolean repeatRefused) {
		if (reported < this.printed) {
			throw new InvalidReport(
					"Job " + jobId + " has " + this.printed + " pages printed already; a report of " + reported
							+ " comes out of order.",
					"problem.printing.report-out-of-order", jobId, Integer.toString(this.printed),
					Integer.toString(reported));
		}
		if (reported > this.sides) {
			throw new InvalidReport("Job " + jobId + " has only " + this.sides + " pages.",
					"problem.printing.report-too-many", jobId, Integer.toString(this.sides));
		}
		if (repeatRefused && reported == this.printed) {
			throw new InvalidReport("Side " + reported + " of job " + jobId + " was reported already.",
					"problem.printing.report-repeated", Integer.toString(reported), jobId);
		}
		int added = reported - this.printed;
		this.printed = reported;
		return added;
	}

	/** The sides carry these ads, one each, in order, chosen for this audience. */
	void rendered(String jobId, @Nullable JobAudience audience, List<PageAd> ads) {
		if (ads.size() != this.sides) {
			throw new IllegalArgumentException("Job " + jobId + " has " + this.sides + " sides, not " + ads.size());
		}
		this.pages.clear();
		for (int side = 1; side <= ads.size(); side++) {
			PageAd ad = ads.get(side - 1);
			this.pages.add(new JobPage(side, ad.campaignId(), ad.creativeId(), ad.price()));
		}
		if (audience != null) {
			this.audience = new RenderedAudience(audience);
		}
	}

	/** The job's member as targeting saw them at its rendering, if it was. */
	@Nullable JobAudience audience(long memberId) {
		return (this.audience != null) ? this.audience.of(memberId) : null;
	}

	/** The event of the sides printed since {@code before}, or none if no side is new. */
	@Nullable PagesPrinted printedSince(String jobId, long memberId, int before, long printerId, Instant now) {
		if (this.printed <= before) {
			return null;
		}
		return new PagesPrinted(jobId, memberId, printerId, before + 1, this.printed, now, audience(memberId),
				paid(before + 1, this.printed));
	}

	/** The event completed with the audience and the paid sides this job kept. */
	PagesPrinted withSides(PagesPrinted printed, long memberId) {
		return new PagesPrinted(printed.jobId(), printed.memberId(), printed.printerId(), printed.fromSide(),
				printed.toSide(), printed.printedAt(), audience(memberId), paid(printed.fromSide(), printed.toSide()));
	}

	/** The sides from {@code from} to {@code to} that carry a campaign's ad. */
	List<PaidSide> paid(int from, int to) {
		List<PaidSide> paid = new ArrayList<>();
		for (JobPage page : this.pages) {
			if (page.page() >= from && page.page() <= to && page.campaignId() != null && page.creativeId() != null) {
				paid.add(new PaidSide(page.page(), page.campaignId(), page.creativeId(), page.price()));
			}
		}
		return paid;
	}

}
