package com.adtopaper.printing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.adtopaper.TestServersConfiguration;
import com.adtopaper.ads.AdSelection;
import com.adtopaper.ads.Audience;
import com.adtopaper.ads.Impressions;
import com.adtopaper.ads.PrintedPage;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Members;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.blob.BlobStore;
import com.adtopaper.platform.blob.PrivateBlobStore;
import com.adtopaper.points.Points;
import com.adtopaper.printing.PagesPrinted.PaidSide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.Invocation;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The printing module on its own, its neighbours' facades mocked: the sides a printer
 * reports become impressions from what the event carries, with no call back to ask who
 * the member is now.
 */
@Tag("integration")
@ApplicationModuleTest
@ActiveProfiles("it")
@Import({ TestServersConfiguration.class, PrintingModuleIntegrationTests.Clocks.class })
class PrintingModuleIntegrationTests {

	@MockitoBean
	Impressions impressions;

	@MockitoBean
	AdSelection selection;

	@MockitoBean
	Members members;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	Schools schools;

	@MockitoBean
	Points points;

	@MockitoBean
	BlobStore blobs;

	@MockitoBean
	PrivateBlobStore privateBlobs;

	@Test
	void printedSidesAreRecordedAsImpressionsOfTheAudienceTheJobWasRenderedFor(Scenario scenario) {
		Instant printedAt = Instant.parse("2026-03-02T01:00:00Z");
		Audience rendered = new Audience(7, 2, "Economics", 2024, Gender.FEMALE);
		// sides 2 to 4 printed; side 3 carried the house ad
		PagesPrinted printed = new PagesPrinted("job-" + System.nanoTime(), 7, 3, 2, 4, printedAt, rendered,
				List.of(new PaidSide(2, 11, 12, 20), new PaidSide(4, 11, 13, 25)));

		scenario.publish(printed)
			.andWaitForStateChange(() -> mockingDetails(this.impressions).getInvocations(),
					(Collection<Invocation> calls) -> !calls.isEmpty())
			.andVerify((calls) -> {
				verify(this.impressions)
					.recordPrinted(List.of(new PrintedPage(printed.jobId(), 2, 11, 12, 20, rendered, 3, printedAt),
							new PrintedPage(printed.jobId(), 4, 11, 13, 25, rendered, 3, printedAt)));
				verifyNoInteractions(this.members);
			});
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
