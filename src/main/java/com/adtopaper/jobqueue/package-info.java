/**
 * The job queue (what Celery with Redis did for the original service), a library that
 * knows nothing of the application: slow work runs as jobs, at least once, on the nodes
 * that consume ({@code adtopaper.queue.consume}).
 *
 * <h2>Its surface</h2> A module declares each {@link com.adtopaper.jobqueue.JobType} once
 * (its queue, its name on the wire, its payload record), enqueues
 * {@link com.adtopaper.jobqueue.Job}s of it through
 * {@link com.adtopaper.jobqueue.JobQueue}, and declares a
 * {@link com.adtopaper.jobqueue.JobHandler} bean for it. Payloads travel as JSON
 * (Jackson, with a mapper of the library's own, so the application's settings do not
 * change the wire format). {@link com.adtopaper.jobqueue.JobQueueSettings}
 * ({@code adtopaper.queue.*}) chooses the broker; the {@code spi} package is what a
 * broker implements ({@link com.adtopaper.jobqueue.spi.JobBroker}); Redis in production,
 * in process in the embedded default, both held to one contract. Recurring jobs are
 * {@code @Scheduled} methods with a ShedLock {@code @SchedulerLock} (its locks in Redis
 * with the Redis broker), run on consuming nodes. Meters: {@code adtopaper.queue.*}. The
 * Redis design is in {@code internal/RedisJobBroker}.
 */
@ApplicationModule(displayName = "Job queue", allowedDependencies = {})
@NullMarked
package com.adtopaper.jobqueue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
