/**
 * Backups of the database: once a day, on one node of the worker role, the whole database
 * is dumped with {@code mariadb-dump --single-transaction} (one consistent snapshot,
 * without locking the tables), and the dump is streamed through gzip and Tink's streaming
 * AEAD (AES-GCM-HKDF, the key from {@code ADTOPAPER_BACKUP_KEY}) into an S3 multipart
 * upload. Nothing holds the whole dump: the process's output is read as it comes, and
 * only one part (8 MiB by default) waits in memory for its upload. The upload is
 * completed only when the dump exited successfully; otherwise it is aborted, so a failed
 * dump leaves no object, and the run is recorded as failed ({@link Backups#recent}).
 *
 * <h2>Where, and for how long</h2> Keys are {@code <prefix><yyyy>/<MM>/
 *
<dd>/adtopaper-<yyyyMMdd'T'HHmmss'Z'>.sql.gz.enc}: the folder is the day in Asia/Seoul
 * (the service's day), the file name the start of the run in UTC. After a successful run,
 * backups older than {@code retention.days} are deleted, but never the
 * {@code retention.keep-at-least} newest, and never an object whose name the job did not
 * write; a failed run deletes nothing.
 *
 * <h2>Restoring</h2> {@code deploy/backup/restore} (the JAR's
 * {@code com.adtopaper.backup.internal.RestoreCommand}) downloads a backup, decrypts,
 * decompresses and pipes it into {@code mariadb} for a database that must be empty (it is
 * created if missing). Authentication is per segment: a wrong key or a damaged object
 * fails before a statement of it reaches the database, a damage later on leaves what came
 * before it, so restore into a new database and switch over. After a restore, empty
 * Memcached ({@code flush_all}): the query cache's epochs went back with the database.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>jobqueue: the daily run is a job, so that it retries and, out of attempts, shows
 * among the dead jobs</li>
 * </ul>
 */
@ApplicationModule(displayName = "Backups", allowedDependencies = { "jobqueue" })
@NullMarked
package com.adtopaper.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
