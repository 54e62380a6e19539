package com.adtopaper.jobqueue.internal;

import org.jspecify.annotations.Nullable;

/**
 * The queue's keys in Redis, unchanged since the queue began (jobs already waiting must
 * be found): {@code <prefix>:q:<queue>} (the stream), {@code …:delayed} (a sorted set),
 * {@code …:dead} (a hash) and {@code <prefix>:q:unique:<key>}.
 */
record RedisKeys(String prefix) {

	static final String GROUP = "workers";

	String stream(String queue) {
		return this.prefix + ":q:" + queue;
	}

	String delayed(String queue) {
		return stream(queue) + ":delayed";
	}

	String dead(String queue) {
		return stream(queue) + ":dead";
	}

	String unique(@Nullable String key) {
		return this.prefix + ":q:unique:" + ((key != null) ? key : "");
	}

}
