package com.adtopaper.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Figures kept current in open pages as Server-Sent Events: each browser gets the figures
 * of what it watches when it connects and again within a second of any change. The node
 * reads, once a second, the figures of everything its own browsers watch, in one call;
 * the query cache answers those reads until a write invalidates them, so a change made
 * through any node reaches every browser, with no node-to-node messaging to run.
 * <p>
 * The reads run on a scheduler of their own rather than {@code @Scheduled}: scheduling is
 * switched on only where the node has the {@code worker} role, and the browsers are
 * served by the {@code web} role. Its owner starts and stops it with its own lifecycle.
 *
 * @param <K> what a browser watches
 * @param <V> its figures, compared with {@code equals} to tell a change
 */
public final class LiveStreams<K, V> {

	private static final Logger logger = LoggerFactory.getLogger(LiveStreams.class);

	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private static final Duration PUSH_EVERY = Duration.ofSeconds(1);

	private final String eventName;

	private final Function<List<K>, List<V>> read;

	private final Map<SseEmitter, Watch<K, V>> watches = new ConcurrentHashMap<>();

	private final ScheduledExecutorService scheduler;

	private volatile @Nullable ScheduledFuture<?> pushes;

	/** One browser watching one thing, and the figures it was sent last. */
	private static final class Watch<K, V> {

		private final K watched;

		private volatile V sent;

		Watch(K watched, V sent) {
			this.watched = watched;
			this.sent = sent;
		}

	}

	/**
	 * Streams to be started.
	 * @param name names the scheduler's thread and the events sent
	 * @param read the figures of each thing watched, in the order asked
	 */
	public LiveStreams(String name, Function<List<K>, List<V>> read) {
		this.eventName = name;
		this.read = read;
		this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
	}

	/** Starts reading and pushing, once a second. */
	public void start() {
		this.pushes = this.scheduler.scheduleWithFixedDelay(() -> {
			try {
				push();
			}
			catch (RuntimeException ex) {
				// the database unreachable for a moment: the next second tries again
				logger.warn("Could not push the live {}: {}", this.eventName, ex.getMessage());
			}
		}, PUSH_EVERY.toMillis(), PUSH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Ends the open streams, so that a graceful shutdown is not held up by them; browsers
	 * reconnect (EventSource does) to another node.
	 */
	public void stop() {
		ScheduledFuture<?> running = this.pushes;
		if (running != null) {
			running.cancel(false);
			this.pushes = null;
		}
		List.copyOf(this.watches.keySet()).forEach(SseEmitter::complete);
		this.watches.clear();
	}

	public boolean isRunning() {
		return this.pushes != null;
	}

	/** Stops the scheduler for good. */
	public void destroy() {
		this.scheduler.shutdownNow();
	}

	/** A stream for one browser watching this, sent its figures now. */
	public SseEmitter open(K watched, V now) throws IOException {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		emitter.onCompletion(() -> this.watches.remove(emitter));
		emitter.onTimeout(() -> this.watches.remove(emitter));
		emitter.onError((ex) -> this.watches.remove(emitter));
		emitter.send(event(now));
		this.watches.put(emitter, new Watch<>(watched, now));
		return emitter;
	}

	/** Reads the figures of everything watched and sends those that changed. */
	public void push() {
		if (this.watches.isEmpty()) {
			return;
		}
		List<Map.Entry<SseEmitter, Watch<K, V>>> open = List.copyOf(this.watches.entrySet());
		List<V> now = this.read.apply(open.stream().map((entry) -> entry.getValue().watched).toList());
		for (int i = 0; i < open.size(); i++) {
			SseEmitter emitter = open.get(i).getKey();
			Watch<K, V> watch = open.get(i).getValue();
			V figures = now.get(i);
			if (!figures.equals(watch.sent)) {
				try {
					emitter.send(event(figures));
					watch.sent = figures;
				}
				catch (IOException | IllegalStateException ex) {
					logger.debug("A live {} stream closed: {}", this.eventName, ex.getMessage());
					this.watches.remove(emitter);
				}
			}
		}
	}

	private SseEmitter.SseEventBuilder event(V figures) {
		return SseEmitter.event().name(this.eventName).data(figures, MediaType.APPLICATION_JSON);
	}

}
