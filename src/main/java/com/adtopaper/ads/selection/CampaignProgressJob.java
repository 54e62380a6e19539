package com.adtopaper.ads.selection;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute, on one worker node (ShedLock), campaigns start and finish. */
@Component
class CampaignProgressJob {

	private final CampaignProgress progress;

	CampaignProgressJob(CampaignProgress progress) {
		this.progress = progress;
	}

	@Scheduled(cron = "${adtopaper.ads.progress-cron:0 * * * * *}", zone = "Asia/Seoul")
	@SchedulerLock(name = "campaign-progress", lockAtMostFor = "PT5M")
	void everyMinute() {
		this.progress.advance();
	}

}
