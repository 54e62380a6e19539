package com.adtopaper.points.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.adtopaper.platform.queue.Job;
import com.adtopaper.platform.queue.JobContext;
import com.adtopaper.platform.queue.JobHandler;
import com.adtopaper.platform.queue.JobQueue;
import com.adtopaper.points.Morning;
import com.adtopaper.points.MorningPointsGranted;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/** The morning's trigger and its two jobs. */
@Configuration(proxyBeanMethods = false)
class MorningJobs {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final Morning morning;

	private final Clock clock;

	MorningJobs(Morning morning, Clock clock) {
		this.morning = morning;
		this.clock = clock;
	}

	/**
	 * Once a day, on one node (ShedLock); the job it enqueues is unique per day anyway.
	 */
	@Scheduled(cron = "${adtopaper.morning.cron:0 30 8 * * *}", zone = "Asia/Seoul")
	@SchedulerLock(name = "morning", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void trigger() {
		this.morning.start(LocalDate.now(this.clock.withZone(SEOUL)));
	}

	/** Splits the members (every points account) into ranges of ids, one job each. */
	@Bean
	JobHandler morningStart(JobQueue jobs, PointsAccountRepository accounts, MorningSettings settings) {
		return handler(Morning.START, (job) -> {
			LocalDate day = LocalDate.parse(job.payload());
			long[] range = accounts.idRange();
			List<Job> chunks = new ArrayList<>();
			for (long from = range[0]; from <= range[1]; from += settings.chunk()) {
				chunks.add(Job.of("morning", Morning.CHUNK, day + "|" + from + "|" + (from + settings.chunk()))
					.unique("morning:" + day + ":" + from));
			}
			jobs.enqueueAll(chunks);
		});
	}

	/** Credits one range, once per member and day, and says so. */
	@Bean
	JobHandler morningChunk(Ledger ledger, MorningSettings settings, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		return handler(Morning.CHUNK, (job) -> {
			String[] parts = job.payload().split("\\|");
			LocalDate day = LocalDate.parse(parts[0]);
			long from = Long.parseLong(parts[1]);
			long to = Long.parseLong(parts[2]);
			transactions.executeWithoutResult((status) -> {
				ledger.grantMorning(day, from, to, settings.points());
				events.publishEvent(new MorningPointsGranted(day, from, to, settings.points()));
			});
		});
	}

	interface Work {

		void run(JobContext job) throws Exception;

	}

	private static JobHandler handler(String type, Work work) {
		return new JobHandler() {
			@Override
			public String type() {
				return type;
			}

			@Override
			public void handle(JobContext job) throws Exception {
				work.run(job);
			}
		};
	}

}
