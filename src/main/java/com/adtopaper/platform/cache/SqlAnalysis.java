package com.adtopaper.platform.cache;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a statement does to the cache.
 *
 * @param kind what kind of statement it is
 * @param tables for a read, the tables it reads; for a write, the tables it writes
 * @param bypass for a read that must not be cached, why
 * @param cascades whether a write can reach child tables through cascading foreign keys
 */
record SqlAnalysis(Kind kind, Set<String> tables, @Nullable String bypass, boolean cascades) {

	enum Kind {

		/** A query; cacheable unless {@code bypass} says why not. */
		READ,
		/** Changes rows of {@code tables}. */
		WRITE,
		/**
		 * Changes the schema, or changes something the parser cannot tell: invalidates
		 * everything.
		 */
		SCHEMA,
		/** Changes no table (SET, SHOW, SAVEPOINT, ...). */
		NEUTRAL,
		/** A COMMIT sent as SQL. */
		COMMIT,
		/** A ROLLBACK sent as SQL. */
		ROLLBACK

	}

	static SqlAnalysis read(Set<String> tables) {
		return new SqlAnalysis(Kind.READ, tables, null, false);
	}

	static SqlAnalysis uncacheable(String reason) {
		return new SqlAnalysis(Kind.READ, Set.of(), reason, false);
	}

	static SqlAnalysis write(Set<String> tables, boolean cascades) {
		return new SqlAnalysis(Kind.WRITE, tables, null, cascades);
	}

	static SqlAnalysis of(Kind kind) {
		return new SqlAnalysis(kind, Set.of(), null, false);
	}

	boolean cacheable() {
		return this.kind == Kind.READ && this.bypass == null;
	}

}
