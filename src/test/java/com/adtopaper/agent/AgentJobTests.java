package com.adtopaper.agent;

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

}
