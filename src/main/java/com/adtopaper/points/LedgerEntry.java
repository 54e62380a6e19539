package com.adtopaper.points;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a member's points history.
 *
 * @param id the entry id, increasing with time
 * @param memberId whose points
 * @param kind what happened
 * @param points how many points the entry is about (always positive)
 * @param availableChange the change of the available balance
 * @param heldChange the change of the held points
 * @param holdKey the hold the entry belongs to, if any
 * @param reason a short text the member can read
 * @param createdAt when
 */
public record LedgerEntry(long id, long memberId, EntryKind kind, long points, long availableChange, long heldChange,
		@Nullable String holdKey, String reason, Instant createdAt) {

}
