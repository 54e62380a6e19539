package com.adtopaper.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit log; every part is optional.
 *
 * @param actor part of the operator's e-mail
 * @param action an action code, or its prefix ({@code member.})
 * @param objectType a kind of object
 * @param objectId an object's id (with its type)
 * @param from entries at or after
 * @param until entries before
 * @param text text in the entry's states or comment
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String objectType,
		@Nullable String objectId, @Nullable Instant from, @Nullable Instant until, @Nullable String text) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

	public static AuditFilter ofObject(String objectType, String objectId) {
		return new AuditFilter(null, null, objectType, objectId, null, null, null);
	}

}
