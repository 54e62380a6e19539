package com.adtopaper.jobqueue.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.adtopaper.jobqueue.JobHandler;
import com.adtopaper.jobqueue.JobQueueSettings;
import com.adtopaper.jobqueue.JobQueueSettings.Queue;
import com.adtopaper.jobqueue.JobQueueSettings.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Handlers that could never run as meant stop the workers from starting. */
class JobRunnerTests {

	private final JobQueueSettings settings = QueueFixture.settings("runner", Store.MEMORY, Duration.ofSeconds(1), 3,
			Map.of("test", new Queue(1)));

	private JobRunner runner(JobHandler<?>... handlers) {
		return new JobRunner(new LocalJobBroker(this.settings, Clock.systemUTC()), List.of(handlers),
				new JsonJobCodec(), this.settings,
				new QueueMetrics(new SimpleMeterRegistry(), this.settings.queues().keySet()), Clock.systemUTC());
	}

	@Test
	void twoHandlersOfOneTypeAreRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> runner(new Recorder(Recorder.RECORD, 0, Duration.ZERO),
					new Recorder(Recorder.RECORD, 0, Duration.ZERO)))
			.withMessageContaining("Two handlers for job type test.record");
	}

	@Test
	void aHandlerOfAQueueNobodyConsumesIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> runner(new Recorder(Recorder.type("tset", "test.typo"), 0, Duration.ZERO)))
			.withMessageContaining("queue tset, which adtopaper.queue.queues does not list");
	}

}
