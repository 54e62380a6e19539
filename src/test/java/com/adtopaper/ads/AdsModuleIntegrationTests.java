package com.adtopaper.ads;

import java.time.Clock;
import java.util.function.BiConsumer;

import com.adtopaper.TestServersConfiguration;
import com.adtopaper.ads.selection.Snapshot;
import com.adtopaper.ads.selection.Snapshots;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.blob.BlobStore;
import com.adtopaper.jobqueue.JobQueue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The advertising module on its own, its neighbours mocked: a campaign that changed here
 * is in this node's ad selection once the change commits, not only at the next periodic
 * refresh (set to an hour here, so that only the change can refresh it).
 */
@Tag("integration")
@ApplicationModuleTest
@ActiveProfiles("it")
@TestPropertySource(properties = "adtopaper.ads.selection.refresh-every=1h")
@Import({ TestServersConfiguration.class, AdsModuleIntegrationTests.Clocks.class })
class AdsModuleIntegrationTests {

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	Schools schools;

	@MockitoBean
	BlobStore blobs;

	@MockitoBean
	JobQueue queue;

	@MockitoSpyBean
	Snapshots snapshots;

	@Test
	void aCampaignChangedRefreshesTheSelectionOnceItCommits(Scenario scenario) {
		Snapshot before = this.snapshots.current();
		clearInvocations(this.snapshots);

		scenario.publish(new CampaignChanged(42))
			.andWaitForStateChange(this.snapshots::current, (Snapshot now) -> now != before)
			.andVerify((now) -> verify(this.snapshots, times(1)).refresh());
	}

	@Test
	void severalCampaignsChangedInOneTransactionRefreshTheSelectionOnce(Scenario scenario) {
		Snapshot before = this.snapshots.current();
		clearInvocations(this.snapshots);

		BiConsumer<TransactionOperations, ApplicationEventPublisher> thirtyChanges = (transactions,
				events) -> transactions.executeWithoutResult((status) -> {
					for (long campaign = 1; campaign <= 30; campaign++) {
						events.publishEvent(new CampaignChanged(campaign));
					}
				});
		scenario.stimulate(thirtyChanges)
			.andWaitForStateChange(this.snapshots::current, (Snapshot now) -> now != before)
			.andVerify((now) -> {
				verify(this.snapshots, times(1)).refresh();
				assertThat(now).isNotSameAs(before);
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
