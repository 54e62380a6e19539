/**
 * The read-query cache (what Johnny Cache did for the original service), a library that
 * knows nothing of the application: every read through a {@link javax.sql.DataSource} is
 * cached, with no annotation on any query, and every write invalidates by table.
 *
 * <h2>Its surface</h2> {@link com.adtopaper.querycache.QueryCacheSettings}
 * ({@code adtopaper.query-cache.*}: in a Spring application the module wraps the
 * application's DataSource by itself),
 * {@link com.adtopaper.querycache.QueryCachingDataSource} (the wrapper, its report and
 * {@code invalidateAll}; {@code wrap} makes one by hand), the
 * {@link com.adtopaper.querycache.CacheStore} SPI with its Memcached and in-process
 * stores, the {@code querycache} actuator endpoint and the {@code adtopaper.querycache.*}
 * meters. With a shared store it keeps two tables of its own in the database it caches,
 * {@code query_cache_epoch} and {@code query_cache_invalidation}, created when first
 * needed (the database user needs the right to create them).
 *
 * <h2>How it stays correct</h2> The promise, judged from outside: once a write's commit
 * has returned to its caller, no read that starts afterwards, on any node, returns the
 * state before it — also while the store restarts, times out or is unreachable from one
 * node only.
 * <ul>
 * <li>Each table has a <em>generation</em>, a number in the store. A write bumps the
 * generations of the tables it wrote (and of the tables its cascading foreign keys reach)
 * with an atomic increment after commit.</li>
 * <li>A read multi-gets the generations of every table it reads, and the cached entry for
 * its SQL and typed parameters, in one round trip, <em>before</em> the statement runs. An
 * entry is served only if the generations stored in it equal the current ones. On a miss
 * the statement runs and its result is stored with the generations read before it ran: if
 * a write committed in between, the stored generations are already behind and the entry
 * is never served.</li>
 * <li><b>The caller waits for its invalidation.</b> The commit returns only when every
 * bump is in the store. A bump that fails (a timeout, a server restarting) is tried again
 * at once on a new connection, then with backoff for up to {@code invalidation-timeout}
 * (2 s). Past that the node gives up on the store and records the bumps in the database
 * ({@code query_cache_invalidation}), on the connection whose transaction just committed,
 * then waits {@code log-lease + log-poll-interval} before the caller goes on. Every node
 * reads that table every {@code log-poll-interval} (100 ms), makes the bumps in the store
 * if it can reach it (and then deletes the rows), and serves from the cache only while
 * its last reading <em>started</em> less than {@code log-lease} (1 s) ago, skipping the
 * cache for any table a row it read still names. A read that starts after the write
 * returned thus uses a reading that started after the row was committed: it either finds
 * the bump made or skips the cache. Only the database, which the writer has just reached,
 * carries the news, and only monotonic clocks measure the waits. If the database refuses
 * the row too, the commit fails with that error.</li>
 * <li><b>Generations never come back.</b> A missing generation (evicted, or the store
 * restarted) is not made up by the reader: the read goes to the database and a background
 * thread creates it at {@code epoch << 40}, with an epoch taken from one row in the
 * database ({@code query_cache_epoch}, whose row lock orders every node's reservations),
 * so each life of a key has values no other life has: an entry stored by a node that read
 * the generation before a restart (and stored after it) is never served. No clock is
 * involved, so nodes whose clocks disagree cannot bring an old value back. Increments of
 * a missing generation do nothing, as no entry can be served under it until it is created
 * anew.</li>
 * <li>A pooled connection the store closed (a restart) fails once; the client then closes
 * every other idle connection to that server and sends the command again on a new one, so
 * a restart costs no failed operation.</li>
 * <li>Only reads in autocommit or at READ COMMITTED fill or use the cache: a REPEATABLE
 * READ snapshot can be older than the generations read with it. Reads inside a
 * transaction that has written, locking reads, non-deterministic reads and statements the
 * parser cannot read bypass the cache, counted by reason.</li>
 * <li>DDL and statements whose writes cannot be known bump a global generation that every
 * key includes, and the key also carries a fingerprint of the schema, so a result of an
 * old shape is never served.</li>
 * <li>The store down or slow: reads go to the database within the operation timeout.</li>
 * </ul>
 * Every way of failing is counted ({@code adtopaper.querycache.errors},
 * {@code adtopaper.querycache.events}, {@code adtopaper.querycache.bypasses}) and shown
 * on {@code /actuator/querycache}.
 *
 * <h2>Replicas</h2> {@link com.adtopaper.querycache.QueryCachingDataSource#replica} puts
 * a replica's pool behind the same cache (the application's read-only transactions reach
 * it through Spring's {@code LazyConnectionDataSourceProxy}, see
 * {@code com.adtopaper.platform.database}). Its hits are served like any other; the
 * danger is in its misses: a replica that has not applied a write yet returns the state
 * before it, and if that result were stored under the generations read after the write's
 * bump, every node, the primary's readers included, would be served the old state until
 * the next write. Cachalot documents that it cannot prevent this, and Johnny Cache did
 * not. The rule here: a result read from a replica is stored only if the replica had
 * applied, <em>before the statement ran</em>, every write that the generations it was
 * read under reflect.
 * <ul>
 * <li>The replica's position is the {@code @@gtid_slave_pos} its monitor last read
 * ({@link com.adtopaper.querycache.ReplicaPosition}), taken before the statement runs.
 * Positions only grow, so the replica had at least that much applied when the statement
 * began, and an autocommit or READ COMMITTED statement sees everything committed before
 * it began.</li>
 * <li>The position required comes from the primary. The first time a node sees a value of
 * a generation, it asks the primary for its {@code @@gtid_binlog_pos} by a query that
 * starts after that sight ({@code PrimaryPositions}: callers who ask while a query is
 * under way share the next, so the primary answers one such query at a time). Every write
 * that produced that value committed before its bump, so before the value could be seen,
 * so before the query: its GTID is in the answer. A result read under several generations
 * needs the latest of their positions. A generation unchanged since it was first seen
 * needs no new question, so a table that is not being written has its replica reads
 * cached within a poll of the replica catching up, whatever happens to other tables.</li>
 * <li>The comparison is per replication domain (a replica applies a domain's transactions
 * in order). The check is made in the background, after the result is returned: a miss on
 * a replica costs the caller nothing more than a miss on the primary. A position unknown
 * (replica unreachable, the primary's answer late past 2 s, a database that is not
 * MariaDB) stores nothing: the result is served uncached, counted as a bypass
 * ({@code replica-behind}, {@code replica-position-unknown}); results stored from a
 * replica are counted as the event {@code stored-from-replica}.</li>
 * <li>The cache's own two tables and its position queries always use the primary.</li>
 * </ul>
 * {@code QueryCacheReplicaIntegrationTests} checks it against the test replica stopped on
 * purpose: a replica behind a write does not store what it read, one that has caught up
 * does, and two nodes reading and writing on both while the replica stops and starts at
 * random serve no primary reader an old state. Without the rule the last test finds
 * hundreds of stale reads.
 *
 * <p>
 * Changes made outside the application (SQL typed by hand) are not seen: invalidate
 * everything with {@code DELETE /actuator/querycache}. After restoring a backup of the
 * database, also empty Memcached ({@code flush_all}): the epochs go back with it.
 */
@ApplicationModule(displayName = "Query cache", allowedDependencies = {})
@NullMarked
package com.adtopaper.querycache;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
