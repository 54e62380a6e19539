package com.adtopaper.notification.internal;

import java.util.concurrent.CompletableFuture;

import com.adtopaper.member.PushTarget;

/** One push service. Sends without blocking; the answer comes with the future. */
interface PushGateway extends AutoCloseable {

	CompletableFuture<PushResult> send(PushTarget target, PushMessage message);

	@Override
	default void close() {
	}

}
