package com.adtopaper.printing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.adtopaper.ads.AdChoice;
import com.adtopaper.ads.AdRequest;
import com.adtopaper.ads.AdSelection;
import com.adtopaper.ads.Audience;
import com.adtopaper.member.Members;
import com.adtopaper.platform.blob.BlobStore;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Chooses the ad of every side of a job as it is rendered: the advertising module's
 * selection for the member, the printer and the time, or the house ad where no campaign
 * pays.
 */
@Component
class PageAds {

	private final AdSelection selection;

	private final Members members;

	private final Printers printers;

	private final BlobStore blobs;

	private final Clock clock;

	PageAds(AdSelection selection, Members members, Printers printers, BlobStore blobs, Clock clock) {
		this.selection = selection;
		this.members = members;
		this.printers = printers;
		this.blobs = blobs;
		this.clock = clock;
	}

	/**
	 * Who a job prints for, as targeting and the reports see them; empty for an account
	 * without a member profile (an operator printing a test page).
	 */
	Optional<Audience> audience(long memberId) {
		return this.members.findProfile(memberId)
			.map((member) -> new Audience(memberId, member.school().id(), member.major(), member.admissionYear(),
					member.gender()));
	}

	/**
	 * The ad of every side of the job, chosen for this audience.
	 * @param audience who the job prints for, null for nobody to target (no campaign pays
	 * for it, so every side carries the house ad)
	 */
	List<PageAd> choose(PrintJobEntity job, @Nullable Audience audience) {
		if (audience == null) {
			return house(job.sides());
		}
		Printer printer = this.printers.get(job.printerId());
		Instant now = this.clock.instant();
		List<PageAd> ads = new ArrayList<>(job.sides());
		for (int side = 1; side <= job.sides(); side++) {
			Optional<AdChoice> choice = this.selection
				.choose(new AdRequest(job.id(), side, audience, printer.id(), printer.region(), now));
			ads.add(choice.map(this::ad).orElseGet(PageAd::house));
		}
		return ads;
	}

	/**
	 * The band a preview shows: an ad the member's sides would likely carry, or the house
	 * ad.
	 */
	AdBand example(long memberId) {
		return audience(memberId).flatMap(this.selection::example)
			.map((choice) -> ad(choice).band())
			.orElseGet(HouseAd::band);
	}

	private static List<PageAd> house(int sides) {
		List<PageAd> ads = new ArrayList<>(sides);
		for (int side = 1; side <= sides; side++) {
			ads.add(PageAd.house());
		}
		return ads;
	}

	private PageAd ad(AdChoice choice) {
		String key = choice.bandKey();
		return new PageAd(choice.campaignId(), choice.creativeId(), choice.pricePerPage(),
				new AdBand(key, () -> this.blobs.get(key)
					.orElseThrow(() -> new IllegalStateException("The band " + key + " is gone"))));
	}

}
