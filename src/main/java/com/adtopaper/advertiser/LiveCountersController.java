package com.adtopaper.advertiser;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.LiveCounters;
import com.adtopaper.platform.security.CurrentAccount;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live counters as Server-Sent Events: each open campaign page gets the counters when it
 * connects and again within a second of any change. Every node polls the counters of the
 * campaigns its own browsers watch once a second; the query cache answers those reads
 * until a printed page invalidates them, so a page printed through any node reaches every
 * browser, with no node-to-node messaging to run.
 * <p>
 * The push runs on a scheduler of its own rather than {@code @Scheduled}: scheduling is
 * switched on only where the node has the {@code worker} role, and the browsers are
 * served by the {@code web} role.
 */
@RestController
class LiveCountersController implements SmartLifecycle, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(LiveCountersController.class);

	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private final Campaigns campaigns;

	private final CampaignReports reports;

	private static final Duration PUSH_EVERY = Duration.ofSeconds(1);

	private final Map<SseEmitter, Watch> watches = new ConcurrentHashMap<>();

	private final ScheduledExecutorService scheduler = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-counters").daemon().factory());

	private volatile @Nullable ScheduledFuture<?> pushes;

	/** One browser watching one campaign, and the counters it was sent last. */
	private static final class Watch {

		private final Campaign campaign;

		private volatile LiveCounters sent;

		Watch(Campaign campaign, LiveCounters sent) {
			this.campaign = campaign;
			this.sent = sent;
		}

	}

	LiveCountersController(Campaigns campaigns, CampaignReports reports) {
		this.campaigns = campaigns;
		this.reports = reports;
	}

	@Override
	public void start() {
		this.pushes = this.scheduler.scheduleWithFixedDelay(() -> {
			try {
				push();
			}
			catch (RuntimeException ex) {
				// the database unreachable for a moment: the next second tries again
				logger.warn("Could not push the live counters: {}", ex.getMessage());
			}
		}, PUSH_EVERY.toMillis(), PUSH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Ends the open streams when the node stops, so that a graceful shutdown is not held
	 * up by them; browsers reconnect (EventSource does) to another node.
	 */
	@Override
	public void stop() {
		ScheduledFuture<?> running = this.pushes;
		if (running != null) {
			running.cancel(false);
			this.pushes = null;
		}
		List.copyOf(this.watches.keySet()).forEach(SseEmitter::complete);
		this.watches.clear();
	}

	@Override
	public boolean isRunning() {
		return this.pushes != null;
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

	@GetMapping(path = "/advertiser/campaigns/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter live(CurrentAccount me, @PathVariable long id) throws IOException {
		Campaign campaign = this.campaigns.get(me.id(), id);
		LiveCounters counters = this.reports.live(List.of(campaign)).getFirst();
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		emitter.onCompletion(() -> this.watches.remove(emitter));
		emitter.onTimeout(() -> this.watches.remove(emitter));
		emitter.onError((ex) -> this.watches.remove(emitter));
		emitter.send(event(counters));
		this.watches.put(emitter, new Watch(campaign, counters));
		return emitter;
	}

	void push() {
		if (this.watches.isEmpty()) {
			return;
		}
		List<Map.Entry<SseEmitter, Watch>> open = List.copyOf(this.watches.entrySet());
		List<LiveCounters> now = this.reports.live(open.stream().map((entry) -> entry.getValue().campaign).toList());
		for (int i = 0; i < open.size(); i++) {
			SseEmitter emitter = open.get(i).getKey();
			Watch watch = open.get(i).getValue();
			LiveCounters counters = now.get(i);
			if (!counters.equals(watch.sent)) {
				try {
					emitter.send(event(counters));
					watch.sent = counters;
				}
				catch (IOException | IllegalStateException ex) {
					logger.debug("A live counters stream closed: {}", ex.getMessage());
					this.watches.remove(emitter);
				}
			}
		}
	}

	private static SseEmitter.SseEventBuilder event(LiveCounters counters) {
		return SseEmitter.event().name("counters").data(counters, MediaType.APPLICATION_JSON);
	}

}
