package com.adtopaper.jobqueue.internal;

import java.time.Clock;
import java.util.List;

import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.spi.JobBroker;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The broker {@code adtopaper.queue.store} names, the typed queue on it, and the workers
 * on a consuming node ({@code adtopaper.queue.consume}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobQueueSettings.class)
class QueueConfiguration {

	private final JsonJobCodec codec = new JsonJobCodec();

	@Bean(destroyMethod = "close")
	JobBroker jobBroker(JobQueueSettings settings, ObjectProvider<LettuceConnectionFactory> redis,
			ObjectProvider<Clock> clock) {
		Clock time = clock.getIfAvailable(Clock::systemUTC);
		return switch (settings.store()) {
			case REDIS -> new RedisJobBroker(RedisClientFactory.create(redis.getObject()), settings, time);
			case MEMORY -> new LocalJobBroker(settings, time);
		};
	}

	@Bean
	JobQueue jobQueue(JobBroker broker) {
		return new BrokerJobQueue(broker, this.codec);
	}

	@Bean
	QueueMetrics queueMetrics(MeterRegistry registry, JobQueueSettings settings) {
		return new QueueMetrics(registry, settings.queues().keySet());
	}

	@Bean
	@ConditionalOnProperty(name = "adtopaper.queue.consume", havingValue = "true", matchIfMissing = true)
	JobWorkers jobWorkers(JobBroker broker, List<JobHandler<?>> handlers, JobQueueSettings settings,
			QueueMetrics metrics, ObjectProvider<Clock> clock) {
		var runner = new JobRunner(broker, handlers, this.codec, settings, metrics,
				clock.getIfAvailable(Clock::systemUTC));
		return new JobWorkers(broker, runner, settings, metrics);
	}

}
