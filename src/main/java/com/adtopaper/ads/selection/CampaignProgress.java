package com.adtopaper.ads.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import com.adtopaper.ads.CampaignChanged;
import com.adtopaper.ads.CampaignStatus;
import com.adtopaper.ads.internal.CampaignEntity;
import com.adtopaper.ads.internal.CampaignRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves campaigns along their dates and budgets: approved campaigns start on their first
 * day, and campaigns finish after their last day or when their budget cannot pay another
 * page. {@link CampaignProgressJob} runs it every minute.
 */
@Component
public class CampaignProgress {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final CampaignRepository campaigns;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CampaignProgress(CampaignRepository campaigns, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Advances every campaign that may start or finish.
	 * @return how many changed status
	 */
	@Transactional
	public int advance() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, SEOUL);
		Map<Long, Long> spent = new HashMap<>();
		this.jdbc.query("""
				select d.campaign_id, sum(d.spend) from campaign_delivery d join campaigns k on k.id = d.campaign_id
				where k.status in ('APPROVED', 'RUNNING', 'PAUSED') group by d.campaign_id""", (row) -> {
			spent.put(row.getLong(1), row.getLong(2));
		});
		int changed = 0;
		for (CampaignEntity campaign : this.campaigns.findByStatusInOrderById(
				EnumSet.of(CampaignStatus.APPROVED, CampaignStatus.RUNNING, CampaignStatus.PAUSED))) {
			if (campaign.advance(today, spent.getOrDefault(campaign.id(), 0L), now)) {
				this.events.publishEvent(new CampaignChanged(campaign.id()));
				changed++;
			}
		}
		return changed;
	}

}
