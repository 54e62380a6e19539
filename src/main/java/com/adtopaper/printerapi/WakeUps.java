package com.adtopaper.printerapi;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.adtopaper.printing.JobReleased;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Wakes the polls of a printer a job was released to, as soon as the release is
 * committed: on this node directly, on the others through Redis pub/sub (a printer's poll
 * may wait on any node). Not the event publication registry's asynchronous delivery: a
 * printer is waiting, and a missed wake-up costs only the rest of one poll's wait.
 */
class WakeUps implements MessageListener {

	private static final Logger logger = LoggerFactory.getLogger(WakeUps.class);

	static final String CHANNEL = "adtopaper:printer-wakeups";

	/** This node, so that it skips its own messages: its polls were woken already. */
	private final String node = UUID.randomUUID().toString();

	private final JobWaiters waiters;

	private final @Nullable StringRedisTemplate redis;

	WakeUps(JobWaiters waiters, @Nullable StringRedisTemplate redis) {
		this.waiters = waiters;
		this.redis = redis;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(JobReleased released) {
		this.waiters.wake(released.printerId());
		if (this.redis != null) {
			try {
				this.redis.convertAndSend(CHANNEL, this.node + " " + released.printerId());
			}
			catch (RuntimeException ex) {
				// the release is committed; a poll on another node finds the job when it
				// polls again
				logger.warn("Printer {} was not woken on other nodes: {}", released.printerId(), ex.toString());
			}
		}
	}

	@Override
	public void onMessage(Message message, byte @Nullable [] pattern) {
		String[] parts = new String(message.getBody(), StandardCharsets.UTF_8).split(" ");
		if (parts.length == 2 && !parts[0].equals(this.node)) {
			this.waiters.wake(Long.parseLong(parts[1]));
		}
	}

}
