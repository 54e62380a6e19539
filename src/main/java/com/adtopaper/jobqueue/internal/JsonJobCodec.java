package com.adtopaper.jobqueue.internal;

import com.adtopaper.jobqueue.Job;
import com.adtopaper.jobqueue.JobType;
import com.adtopaper.jobqueue.spi.EncodedJob;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payloads as JSON, with a mapper of the library's own: the application's Jackson
 * settings must not change what jobs already waiting look like.
 */
final class JsonJobCodec {

	private final JsonMapper json = JsonMapper.builder().build();

	EncodedJob encode(Job<?> job) {
		return new EncodedJob(job.type().queue(), job.type().name(), this.json.writeValueAsString(job.payload()),
				job.uniqueKey(), job.runAt(), job.maxAttempts());
	}

	<P extends Record> P decode(JobType<P> type, String payload) {
		try {
			return this.json.readValue(payload, type.payload());
		}
		catch (JacksonException ex) {
			throw new UnreadablePayload(type, ex);
		}
	}

	/** A payload that is not its type's record: no retry will read it either. */
	static final class UnreadablePayload extends RuntimeException {

		UnreadablePayload(JobType<?> type, JacksonException cause) {
			super("The payload is no " + type.payload().getSimpleName() + " (" + type.name() + "): "
					+ cause.getOriginalMessage(), cause);
		}

	}

}
