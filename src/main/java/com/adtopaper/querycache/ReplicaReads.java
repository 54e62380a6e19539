package com.adtopaper.querycache;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/**
 * When a result read from a replica may be stored: only if the replica had applied,
 * before the statement ran, every write whose invalidation the generations read for it
 * reflect. See the package documentation for why this is enough.
 * <p>
 * For each generation a node sees, it asks the primary for its position once, by a query
 * that starts after that first sight: every write that produced the generation (or an
 * earlier one) committed before its bump, so before the sight, so it is in that position.
 * A generation unchanged since then needs no new question, which is why a table that is
 * not being written soon has its replica reads cached, whatever the other tables do.
 */
final class ReplicaReads implements AutoCloseable {

	private static final int MAX_REMEMBERED = 10_000;

	private final PrimaryPositions primary;

	private final Map<String, Seen> seen = new ConcurrentHashMap<>();

	ReplicaReads(DataSource primary) {
		this.primary = new PrimaryPositions(primary);
	}

	/**
	 * The position a replica must have applied for a result read under these generations
	 * to be stored under them.
	 */
	CompletableFuture<GtidPosition> required(List<String> keys, long[] generations) {
		if (this.seen.size() > MAX_REMEMBERED) {
			this.seen.clear();
		}
		CompletableFuture<GtidPosition> required = CompletableFuture.completedFuture(GtidPosition.NONE);
		for (int i = 0; i < generations.length; i++) {
			long generation = generations[i];
			Seen sight = this.seen.compute(keys.get(i),
					(key, known) -> (known != null && known.generation == generation
							&& !known.position.isCompletedExceptionally()) ? known
									: new Seen(generation, this.primary.readAfterNow()));
			required = required.thenCombine(sight.position, GtidPosition::max);
		}
		return required;
	}

	@Override
	public void close() {
		this.primary.close();
	}

	private record Seen(long generation, CompletableFuture<GtidPosition> position) {
	}

}
