package com.adtopaper.advertiser;

import java.io.IOException;
import java.util.List;

import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignReports;
import com.adtopaper.ads.Campaigns;
import com.adtopaper.ads.LiveCounters;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.web.LiveStreams;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live counters as Server-Sent Events: each open campaign page gets the counters when it
 * connects and again within a second of any change ({@link LiveStreams}).
 */
@RestController
class LiveCountersController implements SmartLifecycle, DisposableBean {

	private final Campaigns campaigns;

	private final CampaignReports reports;

	private final LiveStreams<Campaign, LiveCounters> streams;

	LiveCountersController(Campaigns campaigns, CampaignReports reports) {
		this.campaigns = campaigns;
		this.reports = reports;
		this.streams = new LiveStreams<>("counters", reports::live);
	}

	@Override
	public void start() {
		this.streams.start();
	}

	@Override
	public void stop() {
		this.streams.stop();
	}

	@Override
	public boolean isRunning() {
		return this.streams.isRunning();
	}

	@Override
	public void destroy() {
		this.streams.destroy();
	}

	@GetMapping(path = "/advertiser/campaigns/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter live(CurrentAccount me, @PathVariable long id) throws IOException {
		Campaign campaign = this.campaigns.get(me.id(), id);
		return this.streams.open(campaign, this.reports.live(List.of(campaign)).getFirst());
	}

}
