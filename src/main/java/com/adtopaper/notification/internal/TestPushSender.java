package com.adtopaper.notification.internal;

import java.util.List;

import com.adtopaper.member.PushTarget;
import com.adtopaper.notification.TestPushes.Result;

import org.springframework.stereotype.Component;

/** Sends {@link com.adtopaper.notification.TestPushes}' notification to one device. */
@Component
public class TestPushSender {

	/** In Korean and English both: whoever holds the device reads one of them. */
	static final PushMessage MESSAGE = new PushMessage("AdToPaper",
			"알림 테스트입니다: 이 기기로 알림이 옵니다. A test notification: this device receives them.", "test");

	private final PushDispatcher dispatcher;

	TestPushSender(PushDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	public Result send(PushTarget target) {
		PushDispatcher.Outcome outcome;
		try {
			outcome = this.dispatcher.send(List.of(target), MESSAGE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Result.FAILED;
		}
		if (outcome.delivered() > 0) {
			return Result.DELIVERED;
		}
		return (outcome.unregistered() > 0) ? Result.UNREGISTERED : Result.FAILED;
	}

}
