/**
 * The read-query cache (what Johnny Cache did for the original service): every read
 * through the application's {@link javax.sql.DataSource} is cached, with no annotation on
 * any query, and every write invalidates by table.
 *
 * <h2>How it stays correct</h2>
 * <ul>
 * <li>Each table has a <em>generation</em>, a number in the store. A write bumps the
 * generations of the tables it wrote (and of the tables its cascading foreign keys reach)
 * with an atomic increment after commit. Generation values are never reused: a missing
 * one (evicted, or the store restarted) is created from the clock in microseconds, larger
 * than any value before it as long as node clocks agree within a second.</li>
 * <li>A read multi-gets the generations of every table it reads, and the cached entry for
 * its SQL and typed parameters, in one round trip, <em>before</em> the statement runs. An
 * entry is served only if the generations stored in it equal the current ones. On a miss
 * the statement runs and its result is stored with the generations read before it ran: if
 * a write committed in between, the stored generations are already behind and the entry
 * is never served. (The generations live in the entry rather than in its key, which makes
 * a hit one round trip instead of two; the rule is the same.)</li>
 * <li>Only reads in autocommit or at READ COMMITTED fill or use the cache: a REPEATABLE
 * READ snapshot can be older than the generations read with it. Reads inside a
 * transaction that has written, locking reads, non-deterministic reads and statements the
 * parser cannot read bypass the cache, counted by reason.</li>
 * <li>DDL and statements whose writes cannot be known bump a global generation that every
 * key includes, and the key also carries a fingerprint of the schema, so a result of an
 * old shape is never served.</li>
 * <li>The store down, slow or partly lost: reads go to the database within the operation
 * timeout; a bump that failed is retried until it succeeds.</li>
 * </ul>
 *
 * <h2>Replicas (with the topology issue)</h2> A result read from a lagging replica must
 * not be stored under generations that were current after a write the replica has not
 * applied yet. The plan: each bump also records the primary's GTID position of the commit
 * next to the generation; a read routed to a replica stores its result only if the
 * replica's executed GTID set covers the positions recorded with the generations it read
 * ({@code MASTER_GTID_WAIT} / {@code WAIT_FOR_EXECUTED_GTID_SET} with a zero timeout),
 * and otherwise serves the result uncached.
 *
 * <p>
 * Changes made outside the application (SQL typed by hand, a restored backup) are not
 * seen: invalidate everything with {@code DELETE /actuator/querycache}.
 */
@NullMarked
package com.adtopaper.platform.cache;

import org.jspecify.annotations.NullMarked;
