package com.adtopaper.jobqueue.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * ShedLock's locks for the embedded default, where there is one node. ShedLock ships no
 * in-process provider (its in-memory one is a test artifact), and the rule is a few
 * lines: a name is locked until its {@code lockAtMostFor} runs out or it is released, and
 * then not before its {@code lockAtLeastFor}.
 */
final class LocalLockProvider implements LockProvider {

	private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

	@Override
	public Optional<SimpleLock> lock(LockConfiguration configuration) {
		Instant now = Instant.now();
		boolean[] acquired = { false };
		this.lockedUntil.compute(configuration.getName(), (name, until) -> {
			if (until != null && until.isAfter(now)) {
				return until;
			}
			acquired[0] = true;
			return configuration.getLockAtMostUntil();
		});
		if (!acquired[0]) {
			return Optional.empty();
		}
		return Optional.of(() -> this.lockedUntil.put(configuration.getName(), configuration.getLockAtLeastUntil()));
	}

}
