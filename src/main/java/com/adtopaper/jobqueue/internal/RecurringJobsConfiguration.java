package com.adtopaper.jobqueue.internal;

import com.adtopaper.jobqueue.JobQueueSettings;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.redis.spring.RedisLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Recurring jobs: {@code @Scheduled} methods (cron in Asia/Seoul) run on consuming nodes
 * ({@code adtopaper.queue.consume}), and a {@code @SchedulerLock} makes each run happen
 * on one node only (ShedLock, its locks in Redis). A recurring method should only enqueue
 * a unique job, so that even a run that slipped past the lock enqueues nothing twice.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "adtopaper.queue.consume", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class RecurringJobsConfiguration {

	@Bean
	LockProvider lockProvider(JobQueueSettings settings, ObjectProvider<RedisConnectionFactory> redis) {
		return switch (settings.store()) {
			case REDIS -> new RedisLockProvider(redis.getObject(), settings.prefix());
			case MEMORY -> new LocalLockProvider();
		};
	}

}
