package com.adtopaper.notification.internal;

import java.util.concurrent.CompletableFuture;

import com.adtopaper.member.PushTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded default: pushes are logged, not sent. */
final class LoggingGateway implements PushGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingGateway.class);

	@Override
	public CompletableFuture<PushResult> send(PushTarget target, PushMessage message) {
		log.info("Push to member {} ({} device {}): {} / {}", target.memberId(), target.platform(), target.deviceId(),
				message.title(), message.body());
		return CompletableFuture.completedFuture(PushResult.DELIVERED);
	}

}
