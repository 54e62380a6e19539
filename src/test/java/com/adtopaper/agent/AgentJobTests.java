package com.adtopaper.agent;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The agent reads the server's job, and IPP's counts, the way the document means them.
 */
class AgentJobTests {

	@Test
	void readsAJobAsTheServerWritesIt() {
		AgentJob job = AgentJob.of(Json.object("""
				{"id":"9f1c\\u00e9", "status":"CLAIMED", "sides":12, "copies":2, "duplex":true,
				 "pagesPrinted":0, "documentUrl":"/printer/v1/jobs/9f1c/document", "extra":{"a":[1,2.5,null]}}
				"""));
		assertThat(job).isEqualTo(new AgentJob("9f1cé", 12, true, 0));
	}

	@Test
	void refusesWhatIsNotAJob() {
		assertThatIllegalArgumentException().isThrownBy(() -> AgentJob.of(Json.object("{\"sides\":3}")));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.object("{\"id\":\"x\""));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.object("[]"));
	}

	@Test
	void sidesPrintedByImpressionsElseBySheets() {
		assertThat(new IppJob("processing", 5, 3, java.util.List.of(), "").sidesPrinted(true)).isEqualTo(5);
		assertThat(new IppJob("processing", 0, 3, java.util.List.of(), "").sidesPrinted(true)).isEqualTo(6);
		assertThat(new IppJob("processing", 0, 3, java.util.List.of(), "").sidesPrinted(false)).isEqualTo(3);
		assertThat(new IppJob("aborted", 0, 0, java.util.List.of("media-jam"), "").failure())
			.isEqualTo("The printer aborted the job (media-jam)");
	}

	@Test
	void theBlankBacksBetweenDuplexCopiesAreNoSidesOfTheJob() {
		AgentJob job = AgentJob.of(Json.object("""
				{"id":"j", "sides":6, "copies":2, "duplex":true, "pagesPrinted":0, "blankBacks":true}
				"""));
		assertThat(job.blankPages()).containsExactly(4);
		// the PDF is 1 2 3 (blank) 1 2 3; the printer counts the blank as an impression
		int[] sides = { 0, 1, 2, 3, 3, 4, 5, 6 };
		for (int impressions = 0; impressions <= 7; impressions++) {
			assertThat(job.sidesPrinted(new IppJob("processing", impressions, 0, List.of(), "")))
				.as("after %d impressions", impressions)
				.isEqualTo(sides[impressions]);
		}
		AgentJob three = AgentJob.of(Json.object("""
				{"id":"j", "sides":9, "copies":3, "duplex":true, "blankBacks":true}
				"""));
		assertThat(three.sidesPrinted(new IppJob("completed", 11, 0, List.of(), ""))).isEqualTo(9);
		assertThat(three.sidesPrinted(new IppJob("processing", 8, 0, List.of(), ""))).isEqualTo(6);
		// by sheets: 4 sheets are 8 sides, one of them blank
		assertThat(three.sidesPrinted(new IppJob("processing", 0, 4, List.of(), ""))).isEqualTo(6);
		AgentJob none = AgentJob.of(Json.object("""
				{"id":"j", "sides":6, "copies":2, "duplex":true}
				"""));
		assertThat(none.sidesPrinted(new IppJob("processing", 4, 0, List.of(), ""))).isEqualTo(4);
	}

	@Test
	void theBlankBackOfADuplexCoverSheetIsNoSideOfTheJob() {
		// a hand-in-safe job of 2 copies of 3 pages, duplex: cover (blank) 1 2 3 (blank)
		// 1 2 3
		AgentJob job = AgentJob.of(Json.object("""
				{"id":"j", "sides":7, "copies":2, "duplex":true, "blankBacks":true, "blankPages":[6, 2],
				 "coverSheet":true}
				"""));
		assertThat(job.blankPages()).containsExactly(2, 6);
		int[] sides = { 0, 1, 1, 2, 3, 4, 4, 5, 6, 7 };
		for (int impressions = 0; impressions <= 9; impressions++) {
			assertThat(job.sidesPrinted(new IppJob("processing", impressions, 0, List.of(), "")))
				.as("after %d impressions", impressions)
				.isEqualTo(sides[impressions]);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> AgentJob.of(Json.object("""
				{"id":"j", "sides":2, "blankPages":["x"]}
				""")));
	}

}
