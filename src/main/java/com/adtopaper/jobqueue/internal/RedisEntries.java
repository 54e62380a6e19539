package com.adtopaper.jobqueue.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.adtopaper.jobqueue.DeadJob;
import com.adtopaper.jobqueue.spi.Delivery;
import com.adtopaper.jobqueue.spi.EncodedJob;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job as a stream entry's fields ({@code id queue type payload attempt max unique
 * enqueued}, plus {@code error} and {@code failedAt} when it is dead), and as the JSON of
 * those fields in the delayed set and the dead hash.
 */
final class RedisEntries {

	private final JsonMapper json = JsonMapper.builder().build();

	Map<String, String> fields(EncodedJob job, String id, int defaultAttempts, long now) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("id", id);
		fields.put("queue", job.queue());
		fields.put("type", job.type());
		fields.put("payload", job.payload());
		fields.put("attempt", "1");
		fields.put("max", Integer.toString((job.maxAttempts() > 0) ? job.maxAttempts() : defaultAttempts));
		fields.put("unique", (job.uniqueKey() != null) ? job.uniqueKey() : "");
		fields.put("enqueued", Long.toString(now));
		return fields;
	}

	Map<String, String> fields(Delivery delivery) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("id", delivery.id());
		fields.put("queue", delivery.queue());
		fields.put("type", delivery.type());
		fields.put("payload", delivery.payload());
		fields.put("attempt", Integer.toString(delivery.attempt()));
		fields.put("max", Integer.toString(delivery.maxAttempts()));
		fields.put("unique", (delivery.uniqueKey() != null) ? delivery.uniqueKey() : "");
		fields.put("enqueued", Long.toString(delivery.enqueuedAt()));
		return fields;
	}

	Delivery delivery(String ticket, Map<String, String> fields) {
		String unique = fields.getOrDefault("unique", "");
		return new Delivery(ticket, fields.get("id"), fields.get("queue"), fields.get("type"), fields.get("payload"),
				Integer.parseInt(fields.get("attempt")), Integer.parseInt(fields.get("max")),
				unique.isEmpty() ? null : unique, Long.parseLong(fields.get("enqueued")));
	}

	DeadJob deadJob(String value) {
		Map<String, String> fields = this.json.readValue(value, new TypeReference<Map<String, String>>() {
		});
		return new DeadJob(fields.get("id"), fields.get("queue"), fields.get("type"), fields.get("payload"),
				Integer.parseInt(fields.get("attempt")), fields.getOrDefault("error", ""),
				Instant.ofEpochMilli(Long.parseLong(fields.getOrDefault("failedAt", "0"))));
	}

	String toJson(Map<String, String> fields) {
		return this.json.writeValueAsString(fields);
	}

}
