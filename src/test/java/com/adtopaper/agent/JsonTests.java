package com.adtopaper.agent;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent's JSON reader on what the printer API answers.
 */
class JsonTests {

	@Test
	void wholeNumbersStayExactAndFractionsAreDoubles() {
		Map<String, Object> job = Json.object("{\"id\":\"j1\",\"pagesPrinted\":9007199254740993,\"ratio\":0.5}");
		assertThat(job.get("pagesPrinted")).isEqualTo(9007199254740993L);
		assertThat(job.get("ratio")).isEqualTo(0.5);
		assertThat(job.get("id")).isEqualTo("j1");
	}

}
