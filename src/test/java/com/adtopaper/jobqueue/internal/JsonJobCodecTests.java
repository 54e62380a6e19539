package com.adtopaper.jobqueue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.adtopaper.jobqueue.JobType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Payloads travel as plain JSON of their record, whatever the application's Jackson. */
class JsonJobCodecTests {

	record Range(LocalDate day, long from, List<String> keys) {
	}

	static final JobType<Range> RANGE = JobType.of("q", "test.range", Range.class);

	private final JsonJobCodec codec = new JsonJobCodec();

	@Test
	void aJobIsEncodedWithItsQueueTypeOptionsAndItsPayloadAsJson() {
		Instant at = Instant.parse("2031-04-01T00:00:00Z");
		var encoded = this.codec.encode(RANGE.with(new Range(LocalDate.of(2031, 4, 1), 7, List.of("a", "b")))
			.unique("k")
			.at(at)
			.maxAttempts(2));
		assertThat(encoded.queue()).isEqualTo("q");
		assertThat(encoded.type()).isEqualTo("test.range");
		assertThat(encoded.payload()).isEqualTo("{\"day\":\"2031-04-01\",\"from\":7,\"keys\":[\"a\",\"b\"]}");
		assertThat(encoded.uniqueKey()).isEqualTo("k");
		assertThat(encoded.runAt()).isEqualTo(at);
		assertThat(encoded.maxAttempts()).isEqualTo(2);
	}

	@Test
	void aPayloadIsDecodedToItsRecord() {
		assertThat(this.codec.decode(RANGE, "{\"day\":\"2031-04-01\",\"from\":7,\"keys\":[]}"))
			.isEqualTo(new Range(LocalDate.of(2031, 4, 1), 7, List.of()));
	}

	@Test
	void aPayloadOfAnotherShapeIsUnreadable() {
		assertThatExceptionOfType(JsonJobCodec.UnreadablePayload.class)
			.isThrownBy(() -> this.codec.decode(RANGE, "2031-04-01|1|1001"))
			.withMessageContaining("payload is no Range (test.range)");
	}

}
