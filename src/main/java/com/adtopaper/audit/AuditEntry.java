package com.adtopaper.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One recorded change or log-in.
 *
 * @param id its id, in the order entries were written
 * @param at when (UTC)
 * @param actorId the operator's account id
 * @param actorEmail the operator's e-mail at the time
 * @param address the address the request came from
 * @param action what was done, a stable code ({@code member.block},
 * {@code login.password})
 * @param objectType the kind of object it was done to ({@code member}, {@code printer}),
 * or {@code operator} for a log-in
 * @param objectId the object's id
 * @param before the object's state before, as JSON, if it had one
 * @param after its state after, as JSON, if it has one
 * @param comment the operator's reason or comment, if they gave one
 */
public record AuditEntry(long id, Instant at, long actorId, String actorEmail, String address, String action,
		String objectType, String objectId, @Nullable String before, @Nullable String after, @Nullable String comment) {

}
