package com.adtopaper.querycache;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a statement does to the cache.
 *
 * @param kind what kind of statement it is
 * @param tables for a read, the tables it reads; for a write, the tables it writes
 * @param bypass for a read that must not be cached, why
 * @param deletes whether a write may delete rows (reaching children through ON DELETE
 * rules)
 * @param updates whether a write may update rows (reaching children through ON UPDATE
 * rules)
 */
record SqlAnalysis(Kind kind, Set<String> tables, @Nullable String bypass, boolean deletes, boolean updates) {

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
		return new SqlAnalysis(Kind.READ, tables, null, false, false);
	}

	static SqlAnalysis uncacheable(String reason) {
		return new SqlAnalysis(Kind.READ, Set.of(), reason, false, false);
	}

	static SqlAnalysis write(Set<String> tables, boolean deletes, boolean updates) {
		return new SqlAnalysis(Kind.WRITE, tables, null, deletes, updates);
	}

	static SqlAnalysis of(Kind kind) {
		return new SqlAnalysis(kind, Set.of(), null, false, false);
	}

	boolean cacheable() {
		return this.kind == Kind.READ && this.bypass == null;
	}

}
