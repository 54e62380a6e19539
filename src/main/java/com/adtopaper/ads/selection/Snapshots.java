package com.adtopaper.ads.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignStatus;
import com.adtopaper.ads.internal.CampaignEntity;
import com.adtopaper.ads.internal.CampaignRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's snapshot of the running campaigns, swapped whole: reloaded when a campaign
 * changes here and every {@code refresh-every} (on every node, web or worker), so that
 * changes made on other nodes show within that time.
 */
@Component
public class Snapshots implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final CampaignRepository campaigns;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	private final ScheduledExecutorService timer;

	Snapshots(CampaignRepository campaigns, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
			SelectionSettings settings) {
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setReadOnly(true);
		// called after another transaction's commit, whose resources are still bound
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.timer = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("ad-snapshot").factory());
		long every = settings.refreshEvery().toMillis();
		this.timer.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
	}

	/** The current snapshot, loaded on first use. */
	public Snapshot current() {
		Snapshot snapshot = this.current.get();
		return (snapshot != null) ? snapshot : refresh();
	}

	/** Loads the running campaigns and their ready creatives and swaps them in. */
	public synchronized Snapshot refresh() {
		Snapshot snapshot = this.transactions.execute((status) -> load());
		this.current.set(snapshot);
		return snapshot;
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			// the last snapshot keeps serving; the next tick tries again
			log.warn("Could not reload the running campaigns: {}", ex.toString());
		}
	}

	private Snapshot load() {
		LocalDate today = LocalDate.now(this.clock.withZone(SEOUL));
		List<Campaign> running = this.campaigns.findByStatusInOrderById(EnumSet.of(CampaignStatus.RUNNING))
			.stream()
			.map(CampaignEntity::toCampaign)
			.toList();
		Map<Long, List<Creative>> creatives = new HashMap<>();
		this.jdbc.query("""
				select c.id, c.campaign_id, c.band_key from creatives c join campaigns k on k.id = c.campaign_id
				where k.status = 'RUNNING' and c.status = 'READY' and c.band_key is not null order by c.id""",
				(row) -> {
					creatives.computeIfAbsent(row.getLong(2), (id) -> new ArrayList<>())
						.add(new Creative(row.getLong(1), row.getLong(2), row.getString(3)));
				});
		Map<Long, long[]> spent = new HashMap<>();
		this.jdbc.query("""
				select d.campaign_id, sum(case when d.on_day = ? then d.spend else 0 end), sum(d.spend)
				from campaign_delivery d join campaigns k on k.id = d.campaign_id where k.status = 'RUNNING'
				group by d.campaign_id""", (row) -> {
			spent.put(row.getLong(1), new long[] { row.getLong(2), row.getLong(3) });
		}, today);
		List<LiveCampaign> live = new ArrayList<>();
		for (Campaign campaign : running) {
			List<Creative> ready = creatives.get(campaign.id());
			if (ready != null) {
				long[] spending = spent.getOrDefault(campaign.id(), new long[2]);
				live.add(new LiveCampaign(campaign, ready, spending[0], spending[1]));
			}
		}
		return new Snapshot(today, live);
	}

	@Override
	public void destroy() {
		// a reload under way finishes: interrupting it would break its connection
		this.timer.shutdown();
	}

}
