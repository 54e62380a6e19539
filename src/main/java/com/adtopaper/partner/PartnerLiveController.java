package com.adtopaper.partner;

import java.io.IOException;
import java.util.List;

import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.web.LiveStreams;
import com.adtopaper.settlement.Earnings;
import com.adtopaper.settlement.LiveEarnings;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A partner's earnings today as Server-Sent Events: the Today page gets them when it
 * connects and again within a second of a printed page ({@link LiveStreams}).
 */
@RestController
class PartnerLiveController implements SmartLifecycle, DisposableBean {

	private final Earnings earnings;

	private final LiveStreams<Long, LiveEarnings> streams;

	PartnerLiveController(Earnings earnings) {
		this.earnings = earnings;
		this.streams = new LiveStreams<>("earnings", (partners) -> partners.stream().map(earnings::live).toList());
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

	@GetMapping(path = "/partner/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter live(CurrentAccount me) throws IOException {
		return this.streams.open(me.id(), this.earnings.live(me.id()));
	}

}
