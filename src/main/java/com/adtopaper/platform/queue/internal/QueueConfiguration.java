package com.adtopaper.platform.queue.internal;

import java.time.Clock;
import java.util.List;

import com.adtopaper.platform.config.RedisClients;
import com.adtopaper.platform.queue.JobHandler;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

@Configuration(proxyBeanMethods = false)
class QueueConfiguration {

	@Bean(destroyMethod = "close")
	JobBroker jobBroker(QueueSettings settings, ObjectProvider<LettuceConnectionFactory> redis, JsonMapper json,
			Clock clock) {
		return switch (settings.store()) {
			case REDIS -> new RedisJobBroker(RedisClients.create(redis.getObject()), settings, json, clock);
			case MEMORY -> new LocalJobBroker(settings, clock);
		};
	}

	@Bean
	QueueMetrics queueMetrics(MeterRegistry registry, QueueSettings settings) {
		return new QueueMetrics(registry, settings.queues().keySet());
	}

	@Bean
	@ConditionalOnExpression("'${adtopaper.roles:web,worker}'.toLowerCase().contains('worker')")
	JobWorkers jobWorkers(JobBroker broker, List<JobHandler> handlers, QueueSettings settings, QueueMetrics metrics,
			Clock clock) {
		return new JobWorkers(broker, handlers, settings, metrics, clock);
	}

}
