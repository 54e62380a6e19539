package com.adtopaper.printing;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a member is told about a failed job: the agent's code when it sends a known one,
 * else what the words of an older agent (the raw protocol text members used to see) mean.
 */
class FailureReasonTests {

	@Test
	void theAgentsCodeWinsOverItsWords() {
		assertThat(FailureReason.of("PAPER_OUT", "Paper jam", false)).isEqualTo(FailureReason.PAPER_OUT);
		assertThat(FailureReason.of(" offline ", "whatever", false)).isEqualTo(FailureReason.OFFLINE);
	}

	@Test
	void anOldAgentsWordsAreReadAsWellAsTheySay() {
		assertThat(FailureReason.of(null, "The printer aborted the job (media-empty)", false))
			.isEqualTo(FailureReason.PAPER_OUT);
		assertThat(FailureReason.of(null, "Paper jam", false)).isEqualTo(FailureReason.PAPER_JAM);
		assertThat(FailureReason.of(null, "The printer aborted the job (media-jam)", false))
			.isEqualTo(FailureReason.PAPER_JAM);
		assertThat(FailureReason.of(null, "The printer aborted the job (cover-open)", false))
			.isEqualTo(FailureReason.COVER_OPEN);
		assertThat(FailureReason.of(null, "The printer canceled the job (job-canceled-at-device)", false))
			.isEqualTo(FailureReason.CANCELLED_AT_PRINTER);
		assertThat(FailureReason.of(null, "The printer stopped answering.", false)).isEqualTo(FailureReason.OFFLINE);
		assertThat(FailureReason.of(null, "The printer did not take the job: java.net.ConnectException", false))
			.isEqualTo(FailureReason.OFFLINE);
		String refused = "The printer did not take the job: The printer refused Print-Job: status 0x040b";
		assertThat(FailureReason.of(null, refused, true)).as("two-sided").isEqualTo(FailureReason.NO_DUPLEX);
		assertThat(FailureReason.of(null, refused, false)).as("one-sided").isEqualTo(FailureReason.NOT_SENT);
		assertThat(FailureReason.of("SOMETHING_NEW", "The printer aborted the job (aborted-by-system)", false))
			.isEqualTo(FailureReason.PRINTER_ERROR);
	}

	@Test
	void everyReasonHasItsSentenceInKoreanAndInEnglish() {
		assertThat(FailureReason.PAPER_OUT.messageKey(Locale.KOREAN)).isEqualTo("job.failure.PAPER_OUT.ko");
		assertThat(FailureReason.PAPER_OUT.messageKey(Locale.US)).isEqualTo("job.failure.PAPER_OUT.en");
		assertThat(FailureReason.PAPER_OUT.messageKey(Locale.FRENCH)).isEqualTo("job.failure.PAPER_OUT.ko");
		var bundle = java.util.ResourceBundle.getBundle("messages", Locale.KOREAN);
		for (FailureReason reason : FailureReason.values()) {
			assertThat(bundle.getString(reason.messageKey(Locale.KOREAN))).isNotBlank();
			assertThat(bundle.getString(reason.messageKey(Locale.ENGLISH))).isNotBlank();
		}
	}

}
