/**
 * The job queue: slow work (push fan-out, image resizing, roll-ups, settlements) runs as
 * jobs, at least once, on the nodes with the {@code worker} role. Enqueue a {@link Job};
 * declare a {@link JobHandler} bean for its type. Redis in production, in process in the
 * embedded default; the design is in {@code internal/RedisJobBroker}.
 */
@NamedInterface("queue")
@NullMarked
package com.adtopaper.platform.queue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
