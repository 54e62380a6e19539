package com.adtopaper.platform.database;

import java.util.function.Supplier;

import org.springframework.modulith.NamedInterface;

/**
 * Reads that must see the primary, even in a read-only transaction of a web request: a
 * check that has found nothing on a replica and must tell "not there" from "not there
 * yet" (an account signed up a moment ago, whose first token is checked before the
 * replica has its row). Without replicas it changes nothing.
 */
@NamedInterface("database")
public final class PrimaryReads {

	private static final ThreadLocal<Boolean> REQUIRED = new ThreadLocal<>();

	private PrimaryReads() {
	}

	/** Runs {@code read}, whose transactions (begun inside it) read from the primary. */
	public static <T> T call(Supplier<T> read) {
		Boolean before = REQUIRED.get();
		REQUIRED.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			if (before == null) {
				REQUIRED.remove();
			}
		}
	}

	static boolean required() {
		return REQUIRED.get() != null;
	}

}
