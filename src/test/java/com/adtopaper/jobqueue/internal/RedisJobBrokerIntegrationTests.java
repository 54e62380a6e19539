package com.adtopaper.jobqueue.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.adtopaper.ServerProcess;
import com.adtopaper.jobqueue.Job;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.internal.Recorder.Note;
import com.adtopaper.jobqueue.spi.JobBroker;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Redis broker keeps the contract against the test servers' Redis, each node a broker
 * of its own (its own consumer in the group) that dies by closing its connections; and
 * what is queued survives a Redis restart when Redis persists.
 */
@Tag("integration")
class RedisJobBrokerIntegrationTests extends JobBrokerContractTests {

	@Override
	protected JobBroker node(JobQueueSettings settings) {
		return this.fixture.redis(settings);
	}

	@Override
	protected void kill(JobBroker node) {
		node.close();
	}

	@Override
	protected JobQueueSettings.Store store() {
		return JobQueueSettings.Store.REDIS;
	}

	@Test
	void queuedJobsSurviveARedisRestartWhenRedisPersists(@TempDir Path directory) {
		try (var redis = ServerProcess.redis(26391, directory)) {
			var settings = settings();
			JobBroker producer = this.fixture.redis(settings, "127.0.0.1", 26391);
			producer.open("test");
			JobQueue jobs = QueueFixture.queue(producer);
			List<Job<Note>> batch = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				batch.add(Recorder.RECORD.with(new Note("job-" + i)));
			}
			jobs.enqueueAll(batch);
			jobs.enqueue(Recorder.RECORD.with(new Note("delayed")).in(Duration.ofSeconds(1)));
			redis.kill();
			redis.start();

			var recorder = new Recorder(Recorder.RECORD, 0, Duration.ZERO);
			this.fixture.workers(this.fixture.redis(settings, "127.0.0.1", 26391), settings, recorder);
			await().atMost(Duration.ofSeconds(15)).until(() -> recorder.texts.size() == 101);
			assertThat(recorder.texts).doesNotHaveDuplicates();
		}
	}

}
