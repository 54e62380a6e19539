package com.adtopaper.printing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.adtopaper.member.Members;
import com.adtopaper.platform.blob.BlobStore;
import com.adtopaper.printing.JobAudience;
import com.adtopaper.printing.PageAdSource;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Chooses the ad of every side of a job as it is rendered: what the {@link PageAdSource}
 * (the advertising module) chooses for the member, the printer and the time, or the house
 * ad where no campaign pays.
 */
@Component
class PageAds {

	private final PageAdSource source;

	private final Members members;

	private final Printers printers;

	private final BlobStore blobs;

	private final Clock clock;

	PageAds(PageAdSource source, Members members, Printers printers, BlobStore blobs, Clock clock) {
		this.source = source;
		this.members = members;
		this.printers = printers;
		this.blobs = blobs;
		this.clock = clock;
	}

	/**
	 * Who a job prints for, as targeting and the reports see them; empty for an account
	 * without a member profile (an operator printing a test page).
	 */
	Optional<JobAudience> audience(long memberId) {
		return this.members.findProfile(memberId)
			.map((member) -> new JobAudience(memberId, member.school().id(), member.major(), member.admissionYear(),
					member.gender()));
	}

	/**
	 * The ad of every side of the job (of its cover sheet only if it has one), chosen for
	 * this audience.
	 * @param audience who the job prints for, null for nobody to target (no campaign pays
	 * for it, so every side carries the house ad)
	 */
	List<PageAd> choose(PrintJobEntity job, @Nullable JobAudience audience) {
		// a hand-in-safe job's one ad is on its cover, its first side; its pages carry
		// none
		int advertised = job.coverSheet() ? 1 : job.sides();
		List<PageAd> ads = new ArrayList<>(job.sides());
		if (audience == null) {
			ads.addAll(house(advertised));
		}
		else {
			Printer printer = this.printers.get(job.printerId());
			Map<Integer, PageAdSource.Ad> chosen = this.source.choose(new PageAdSource.Request(job.id(), advertised,
					audience, printer.id(), printer.region(), this.clock.instant()));
			for (int side = 1; side <= advertised; side++) {
				PageAdSource.Ad ad = chosen.get(side);
				ads.add((ad != null) ? ad(ad) : PageAd.house());
			}
		}
		while (ads.size() < job.sides()) {
			ads.add(PageAd.none());
		}
		return ads;
	}

	/**
	 * The band a preview shows: an ad the member's sides would likely carry, or the house
	 * ad.
	 */
	AdBand example(long memberId) {
		return audience(memberId).flatMap(this.source::example).map((ad) -> ad(ad).band()).orElseGet(HouseAd::band);
	}

	private static List<PageAd> house(int sides) {
		List<PageAd> ads = new ArrayList<>(sides);
		for (int side = 1; side <= sides; side++) {
			ads.add(PageAd.house());
		}
		return ads;
	}

	private PageAd ad(PageAdSource.Ad ad) {
		String key = ad.bandKey();
		return new PageAd(ad.campaignId(), ad.creativeId(), ad.price(), new AdBand(key, () -> this.blobs.get(key)
			.orElseThrow(() -> new IllegalStateException("The band " + key + " is gone"))));
	}

}
