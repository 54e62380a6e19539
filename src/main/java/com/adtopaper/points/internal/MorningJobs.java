package com.adtopaper.points.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.adtopaper.jobqueue.Job;
import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.points.Morning;
import com.adtopaper.points.MorningPointsGranted;
import com.adtopaper.points.internal.MorningJobTypes.Chunk;
import com.adtopaper.points.internal.MorningJobTypes.Start;
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

	/**
	 * Splits the members (every points account) into ranges of ids of {@code chunk}
	 * members each, one job each (a range's members may have come or gone when it runs:
	 * crediting is once per member and day, so ranges that overlap a retried split's do
	 * no harm).
	 */
	@Bean
	JobHandler<Start> morningStart(JobQueue jobs, PointsAccountRepository accounts, MorningSettings settings) {
		return JobHandler.of(MorningJobTypes.START, (start, job) -> {
			List<Long> bounds = accounts.rangeBounds(settings.chunk());
			List<Job<Chunk>> chunks = new ArrayList<>();
			for (int i = 0; i + 1 < bounds.size(); i++) {
				long from = bounds.get(i);
				chunks.add(MorningJobTypes.CHUNK.with(new Chunk(start.day(), from, bounds.get(i + 1)))
					.unique("morning:" + start.day() + ":" + from));
			}
			jobs.enqueueAll(chunks);
		});
	}

	/** Credits one range, once per member and day, and says so. */
	@Bean
	JobHandler<Chunk> morningChunk(Ledger ledger, MorningSettings settings, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		return JobHandler.of(MorningJobTypes.CHUNK, (chunk, job) -> transactions.executeWithoutResult((status) -> {
			ledger.grantMorning(chunk.day(), chunk.fromMemberId(), chunk.toMemberId(), settings.points());
			events.publishEvent(
					new MorningPointsGranted(chunk.day(), chunk.fromMemberId(), chunk.toMemberId(), settings.points()));
		}));
	}

}
