package com.adtopaper.ads.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.adtopaper.ads.AdChoice;
import com.adtopaper.ads.AdRequest;
import com.adtopaper.ads.AdSelection;
import com.adtopaper.ads.Audience;
import com.adtopaper.printing.JobAudience;
import com.adtopaper.printing.PageAdSource;

import org.springframework.stereotype.Component;

/**
 * The ads printing puts on a job's sides, from {@link AdSelection}: one decision per side
 * as the job is rendered, one likely ad for a preview. Printing declares what it needs
 * ({@link PageAdSource}) and knows nothing of advertising, so that advertising may listen
 * to what printed ({@link PrintedPagesRecorder}) without the modules depending on each
 * other both ways.
 */
@Component
class PrintingAdSource implements PageAdSource {

	private final AdSelection selection;

	PrintingAdSource(AdSelection selection) {
		this.selection = selection;
	}

	@Override
	public Map<Integer, Ad> choose(Request request) {
		Audience audience = audience(request.audience());
		Map<Integer, Ad> ads = new LinkedHashMap<>();
		for (int side = 1; side <= request.sides(); side++) {
			int page = side;
			this.selection
				.choose(new AdRequest(request.jobId(), side, audience, request.printerId(), request.region(),
						request.at()))
				.ifPresent((choice) -> ads.put(page, ad(choice)));
		}
		return ads;
	}

	@Override
	public Optional<Ad> example(JobAudience audience) {
		return this.selection.example(audience(audience)).map(PrintingAdSource::ad);
	}

	static Audience audience(JobAudience audience) {
		return new Audience(audience.memberId(), audience.schoolId(), audience.major(), audience.admissionYear(),
				audience.gender());
	}

	private static Ad ad(AdChoice choice) {
		return new Ad(choice.campaignId(), choice.creativeId(), choice.pricePerPage(), choice.bandKey());
	}

}
