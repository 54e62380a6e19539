package com.adtopaper.querycache;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;

/**
 * Counts what the cache does, in Micrometer ({@code adtopaper.querycache.*}) and for the
 * {@code querycache} actuator endpoint: hits, misses, bypasses by reason, invalidations,
 * errors by operation, what the cache did to stay correct (events), and the hit ratio.
 */
final class QueryCacheMetrics {

	private final MeterRegistry registry;

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	private final LongAdder invalidations = new LongAdder();

	private final Map<String, LongAdder> bypasses = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> events = new ConcurrentHashMap<>();

	private java.util.function.LongSupplier reconnects = () -> 0;

	QueryCacheMetrics(MeterRegistry registry) {
		this.registry = registry;
		registry.more().counter("adtopaper.querycache.requests", List.of(Tag.of("result", "hit")), this.hits);
		registry.more().counter("adtopaper.querycache.requests", List.of(Tag.of("result", "miss")), this.misses);
		registry.more().counter("adtopaper.querycache.invalidations", List.of(), this.invalidations);
		Gauge.builder("adtopaper.querycache.hit.ratio", this, QueryCacheMetrics::hitRatio).register(registry);
	}

	/** Counts what the store counts itself: connections it found closed and replaced. */
	void reconnects(java.util.function.LongSupplier reconnects) {
		this.reconnects = reconnects;
		io.micrometer.core.instrument.FunctionCounter
			.builder("adtopaper.querycache.reconnects", reconnects, (counted) -> counted.getAsLong())
			.register(this.registry);
	}

	void hit() {
		this.hits.increment();
	}

	void miss() {
		this.misses.increment();
	}

	void invalidated(int tables) {
		this.invalidations.add(tables);
	}

	void bypass(String reason) {
		count(this.bypasses, "adtopaper.querycache.bypasses", "reason", reason);
	}

	/**
	 * Something the cache did to stay correct: {@code invalidation-retried} (a failed
	 * invalidation reached the store within the bound), {@code invalidation-given-up},
	 * {@code invalidation-recorded} (in the database instead),
	 * {@code invalidation-applied-from-log} (made in the store for another node),
	 * {@code generation-created}, {@code invalidated-everything} (DDL, or a statement
	 * whose writes the parser cannot tell).
	 */
	void event(String event) {
		count(this.events, "adtopaper.querycache.events", "event", event);
	}

	void error(String operation) {
		count(this.errors, "adtopaper.querycache.errors", "operation", operation);
	}

	private void count(Map<String, LongAdder> counters, String meter, String tag, String value) {
		counters.computeIfAbsent(value, (v) -> {
			var adder = new LongAdder();
			this.registry.more().counter(meter, List.of(Tag.of(tag, v)), adder);
			return adder;
		}).increment();
	}

	double hitRatio() {
		long hit = this.hits.sum();
		long all = hit + this.misses.sum();
		return (all == 0) ? 0 : (double) hit / all;
	}

	Map<String, Object> report() {
		var report = new TreeMap<String, Object>();
		report.put("hits", this.hits.sum());
		report.put("misses", this.misses.sum());
		report.put("hitRatio", hitRatio());
		report.put("invalidations", this.invalidations.sum());
		report.put("bypasses", sums(this.bypasses));
		report.put("errors", sums(this.errors));
		report.put("events", sums(this.events));
		report.put("reconnects", this.reconnects.getAsLong());
		return report;
	}

	private static Map<String, Long> sums(Map<String, LongAdder> counters) {
		var sums = new TreeMap<String, Long>();
		counters.forEach((key, adder) -> sums.put(key, adder.sum()));
		return sums;
	}

}
