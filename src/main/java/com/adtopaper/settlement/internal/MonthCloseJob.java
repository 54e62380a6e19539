package com.adtopaper.settlement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import com.adtopaper.settlement.Statements;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes last month (and any earlier one left open) on one node (ShedLock), every day
 * from the configured day of the month on: a day missed, a node down, the next run closes
 * it; the close itself is once per month whoever runs it.
 */
@Component
class MonthCloseJob {

	private final Statements statements;

	private final SettlementSettings settings;

	private final Clock clock;

	MonthCloseJob(Statements statements, SettlementSettings settings, Clock clock) {
		this.statements = statements;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${adtopaper.settlement.close-cron:0 0 6 * * *}", zone = "Asia/Seoul")
	@SchedulerLock(name = "settlement-close", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void closeLastMonth() {
		LocalDate today = LocalDate.now(this.clock.withZone(Periods.SEOUL));
		if (today.getDayOfMonth() >= this.settings.closeDay()) {
			this.statements.close(YearMonth.from(today).minusMonths(1));
		}
	}

}
