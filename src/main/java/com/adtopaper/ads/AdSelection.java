package com.adtopaper.ads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.adtopaper.ads.internal.AdsMetrics;
import com.adtopaper.ads.selection.Candidate;
import com.adtopaper.ads.selection.Reservations;
import com.adtopaper.ads.selection.Reservations.Outcome;
import com.adtopaper.ads.selection.Reservations.Reserved;
import com.adtopaper.ads.selection.Snapshot;
import com.adtopaper.ads.selection.Snapshots;

import org.springframework.stereotype.Service;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ad for each page, decided in process from a snapshot of the running campaigns:
 * eligible by targeting and dates, contract campaigns first while they are behind their
 * even pace through the day, then remnant campaigns at random by weight. Budgets and
 * frequency caps are enforced as the decision is taken: it reserves one page of the
 * campaign's budget and of the member's cap, which the printed page then uses (or which
 * lapses); see {@code ads.selection}'s package documentation for how nodes share them.
 * Asking again for the same page of the same job returns the same ad while its
 * reservation lives, so a retried render prints what was decided. Asked through
 * printing's {@code PageAdSource} (implemented in {@code internal.PrintingAdSource}) when
 * printing renders a job and draws a preview, on the request's path; what printed is
 * recorded by {@link Impressions} instead.
 */
@Service
public class AdSelection {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	/** Candidates sent to one reservation (one Redis round trip). */
	private static final int BATCH = 16;

	/** How long (in the requests' time) a campaign refused for its budget is skipped. */
	private static final long SKIP_MILLIS = 1_000;

	private final Snapshots snapshots;

	private final Reservations reservations;

	private final Clock clock;

	private final AdsMetrics metrics;

	AdSelection(Snapshots snapshots, Reservations reservations, Clock clock, AdsMetrics metrics) {
		this.snapshots = snapshots;
		this.reservations = reservations;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * The ad for one page, or none: the page then prints a house ad.
	 * @param request the page, who prints it, where and when
	 * @return the campaign, creative and price chosen
	 */
	public Optional<AdChoice> choose(AdRequest request) {
		long started = System.nanoTime();
		Optional<AdChoice> choice = decide(request);
		this.metrics.decided(choice.isPresent(), Duration.ofNanos(System.nanoTime() - started));
		return choice;
	}

	private Optional<AdChoice> decide(AdRequest request) {
		Snapshot snapshot = this.snapshots.current();
		ZonedDateTime at = request.at().atZone(SEOUL);
		long millis = request.at().toEpochMilli();
		List<Candidate> candidates = snapshot.candidates(request, at, ThreadLocalRandom.current());
		Instant now = this.clock.instant();
		for (int from = 0; from < candidates.size(); from += BATCH) {
			Outcome outcome = this.reservations.reserve(request.jobId(), request.page(), request.audience().memberId(),
					at.toLocalDate(), candidates.subList(from, Math.min(from + BATCH, candidates.size())), now);
			for (long refused : outcome.refused()) {
				snapshot.skip(refused, millis + SKIP_MILLIS);
			}
			Reserved reserved = outcome.choice();
			if (reserved != null) {
				return Optional.of(new AdChoice(reserved.campaignId(), reserved.creativeId(), reserved.bandKey(),
						reserved.price()));
			}
		}
		return Optional.empty();
	}

	/**
	 * An ad a side printed for this member now would likely carry, for a preview before
	 * the job is released: chosen in the order {@link #choose} tries campaigns, among
	 * those that print at any printer and whose budgets had room at the last refresh.
	 * Nothing is reserved or charged, so the side itself may print another (its printer,
	 * pacing and caps decide when it prints).
	 * @param audience who would print
	 * @return an ad, or none (a house ad)
	 */
	public Optional<AdChoice> example(Audience audience) {
		Instant now = this.clock.instant();
		List<Candidate> candidates = this.snapshots.current()
			.candidates(new AdRequest("preview", 1, audience, 0, null, now), now.atZone(SEOUL),
					ThreadLocalRandom.current());
		for (int i = 0; i < Math.min(BATCH, candidates.size()); i++) {
			Candidate candidate = candidates.get(i);
			if (candidate.seedTotal() + candidate.price() <= candidate.totalBudget()
					&& candidate.seedToday() + candidate.price() <= candidate.dailyBudget()) {
				return Optional.of(new AdChoice(candidate.campaignId(), candidate.creative().id(),
						candidate.creative().bandKey(), candidate.price()));
			}
		}
		return Optional.empty();
	}

	/**
	 * A job ended (completed, failed, cancelled or expired) with its first
	 * {@code sidesPrinted} sides printed: the pages its other sides reserved go back to
	 * the campaigns' budgets and the member's frequency cap now, so the member's next job
	 * may carry them, instead of when the reservations lapse. Idempotent.
	 * @param jobId the job
	 * @param sidesPrinted how many of its sides printed, from the first
	 */
	public void jobEnded(String jobId, int sidesPrinted) {
		this.reservations.jobEnded(jobId, sidesPrinted);
	}

	/**
	 * Reloads the running campaigns now; each node also does so on its own every
	 * {@code adtopaper.ads.selection.refresh-every} and after a campaign changes on it.
	 * @return how many campaigns can be chosen
	 */
	public int refresh() {
		return this.snapshots.refresh().size();
	}

	/**
	 * Reloads once the change is committed, once per transaction however many campaigns
	 * it changed (the minute's progress may start dozens at midnight).
	 */
	@EventListener
	void on(CampaignChanged changed) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			refresh();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(AdSelection.this);
				if (status == STATUS_COMMITTED) {
					refresh();
				}
			}
		});
	}

}
