package com.adtopaper.printing;

import java.util.Locale;

import com.adtopaper.TestMessages;
import com.adtopaper.printing.PrintingExceptions.InvalidDocument;
import com.adtopaper.printing.PrintingExceptions.InvalidJob;
import com.adtopaper.printing.PrintingExceptions.InvalidReport;
import com.adtopaper.printing.PrintingExceptions.JobStateConflict;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printing refusals name their words in the bundles: in Korean, and in English the
 * same words as their message.
 */
class PrintingRefusalWordsTests {

	private final ResourceBundleMessageSource messages = TestMessages.bundles();

	@Test
	void aJobsOptionsAreRefusedInKoreanWithTheirValues() {
		InvalidJob copies = new InvalidJob("copies", "Copies go from 1 to 20.", "problem.printing.job-copies", "20");
		assertThat(copies.getCodes()[0]).isEqualTo("problem.printing.job-copies");
		assertThat(this.messages.getMessage(copies, Locale.KOREAN)).isEqualTo("부수는 1부터 20까지입니다.");
		assertThat(this.messages.getMessage(copies, Locale.ENGLISH)).isEqualTo("Copies go from 1 to 20.");
		InvalidJob last = new InvalidJob("lastPage", "The last page must be from 3 to 12.",
				"problem.printing.job-last-page", "3", "12");
		assertThat(this.messages.getMessage(last, Locale.KOREAN)).isEqualTo("마지막 쪽은 3쪽부터 12쪽 사이여야 합니다.");
	}

	@Test
	void aDocumentsRefusalWithAnApostropheOrValuesKeepsThem() {
		var tree = new InvalidDocument("This PDF's page tree is malformed; save it again and upload it again.",
				"problem.printing.document-page-tree");
		assertThat(this.messages.getMessage(tree, Locale.ENGLISH)).isEqualTo(tree.getMessage());
		var pixels = new InvalidDocument(
				"This image is too large to print (9000 × 8000 pixels; at most 50 million); make it smaller and upload it again.",
				"problem.printing.document-image-too-large", "9000", "8000", "50");
		assertThat(this.messages.getMessage(pixels, Locale.KOREAN)).contains("9000 × 8000픽셀", "최대 5000만 픽셀");
		assertThat(this.messages.getMessage(pixels, Locale.ENGLISH)).isEqualTo(pixels.getMessage());
	}

	@Test
	void aReportAndAStateAreRefusedInKorean() {
		var report = new InvalidReport("Side 3 of job abc was reported already.", "problem.printing.report-repeated",
				"3", "abc");
		assertThat(this.messages.getMessage(report, Locale.ENGLISH)).isEqualTo(report.getMessage());
		assertThat(this.messages.getMessage(report, Locale.KOREAN)).isEqualTo("abc 작업의 3번째 면은 이미 보고되었습니다.");
		var conflict = new JobStateConflict(JobStatus.COMPLETED, "cancelled");
		assertThat(this.messages.getMessage(conflict, Locale.KOREAN)).isEqualTo("인쇄된 작업은 취소할 수 없습니다.");
		assertThat(this.messages.getMessage(conflict, Locale.ENGLISH))
			.isEqualTo("A completed job cannot be cancelled.");
	}

}
