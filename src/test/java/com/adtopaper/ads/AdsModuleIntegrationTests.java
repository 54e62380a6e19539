package com.adtopaper.ads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import com.adtopaper.TestServersConfiguration;
import com.adtopaper.ads.selection.Snapshot;
import com.adtopaper.ads.selection.Snapshots;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.Gender;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.blob.BlobStore;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.printing.JobAudience;
import com.adtopaper.printing.PagesPrinted;
import com.adtopaper.printing.PagesPrinted.PaidSide;
import com.adtopaper.printing.PrinterJobs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The advertising module on its own, its neighbours mocked: a campaign that changed here
 * is in this node's ad selection once the change commits, not only at the next periodic
 * refresh (set to an hour here, so that only the change can refresh it); the sides
 * printing reports printed are impressions, each counted once however often the event is
 * delivered, attributed to the audience the event carries.
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

	@MockitoBean
	PrinterJobs printerJobs;

	@MockitoSpyBean
	Snapshots snapshots;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventPublicationRepository publications;

	@Autowired
	IncompleteEventPublications incomplete;

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

	@Test
	void pagesPrintedPublishedTwiceAreRecordedAsImpressionsOnce(Scenario scenario) {
		long campaign = uniqueCampaign();
		// sides 2 to 4 printed; side 3 carried the house ad
		PagesPrinted printed = new PagesPrinted("job-" + UUID.randomUUID(), 7, 3, 2, 4,
				Instant.parse("2026-03-02T01:00:00Z"), new JobAudience(7, 2, "Economics", 2024, Gender.FEMALE),
				List.of(new PaidSide(2, campaign, 12, 20), new PaidSide(4, campaign, 13, 25)));

		BiConsumer<TransactionOperations, ApplicationEventPublisher> twice = (transactions, events) -> transactions
			.executeWithoutResult((status) -> {
				events.publishEvent(printed);
				events.publishEvent(printed);
			});
		// the listener runs asynchronously; on a loaded two-core machine it has taken
		// more
		// than Scenario's default 10 s to be delivered
		scenario.stimulate(twice)
			.andWaitAtMost(Duration.ofSeconds(60))
			.andWaitForStateChange(() -> pending(printed.jobId()) == 0 && impressions(printed.jobId()) > 0)
			.andVerify((delivered) -> {
				assertThat(this.jdbc.queryForList(
						"select concat(page, ' ', campaign_id, ' ', creative_id, ' ', member_id, ' ', printer_id, ' ', price)"
								+ " from impressions where job_id = ? order by page",
						String.class, printed.jobId()))
					.containsExactly("2 " + campaign + " 12 7 3 20", "4 " + campaign + " 13 7 3 25");
				assertThat(this.jdbc.queryForList(
						"select concat(pages, ' ', spend) from campaign_delivery" + " where campaign_id = ?",
						String.class, campaign))
					.containsExactly("2 45");
				assertThat(this.jdbc
					.queryForList("select concat(school_id, ' ', major, ' ', admission_year, ' ', gender, ' ', pages)"
							+ " from campaign_hourly where campaign_id = ?", String.class, campaign))
					.containsExactly("2 Economics 2024 FEMALE 2");
				verifyNoInteractions(this.printerJobs);
			});
	}

	@Test
	void anEventPendingSinceBeforeItCarriedItsSidesIsRecordedFromTheJob() {
		long campaign = uniqueCampaign();
		String job = "job-" + UUID.randomUUID();
		Instant at = Instant.parse("2026-03-02T01:00:00Z");
		// published by printing's listener of old, left undelivered by a crash
		PagesPrinted old = new PagesPrinted(job, 7, 3, 1, 2, at, null, null);
		given(this.printerJobs.withSides(old)).willReturn(Optional.of(new PagesPrinted(job, 7, 3, 1, 2, at,
				new JobAudience(7, 2, "Economics", 2024, Gender.FEMALE), List.of(new PaidSide(2, campaign, 12, 20)))));
		this.publications.create(TargetEventPublication.of(old, PublicationTargetIdentifier
			.of("com.adtopaper.printing.internal.PrintedPagesRecorder.on(com.adtopaper.printing.PagesPrinted)")));

		this.incomplete.resubmitIncompletePublications(
				(publication) -> publication.getEvent() instanceof PagesPrinted printed && printed.jobId().equals(job));

		await().atMost(Duration.ofSeconds(20)).until(() -> pending(job) == 0);
		assertThat(this.jdbc.queryForList(
				"select concat(page, ' ', campaign_id, ' ', price) from impressions" + " where job_id = ?",
				String.class, job))
			.containsExactly("2 " + campaign + " 20");
	}

	/** A campaign id no other test records impressions for. */
	private static long uniqueCampaign() {
		return 1_000_000_000L + Math.abs(System.nanoTime() % 1_000_000_000L);
	}

	private int impressions(String job) {
		return this.jdbc.queryForObject("select count(*) from impressions where job_id = ?", Integer.class, job);
	}

	/**
	 * The job's PagesPrinted publications not delivered yet (delivered ones are deleted).
	 */
	private int pending(String job) {
		return this.jdbc.queryForObject(
				"select count(*) from EVENT_PUBLICATION where completion_date is null" + " and serialized_event like ?",
				Integer.class, "%" + job + "%");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
