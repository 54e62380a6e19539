package com.adtopaper.querycache;

import org.jspecify.annotations.Nullable;

/**
 * How far a replica has applied the primary's transactions, as last observed: its
 * {@code @@gtid_slave_pos}. Whoever watches the replica (its lag monitor) answers it; the
 * value must have been read from the replica before the call, so that it is a lower bound
 * of the replica's position at any later moment.
 */
@FunctionalInterface
public interface ReplicaPosition {

	/**
	 * The replica's applied GTID position ({@code 0-1-123,...}) as last read, or null
	 * when it is not known (the replica unreachable): its results are then not cached.
	 */
	@Nullable String applied();

}
