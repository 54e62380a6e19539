package com.adtopaper.points.internal;

import com.adtopaper.points.EntryKind;
import org.jspecify.annotations.Nullable;

/**
 * A ledger entry to be written.
 *
 * @param memberId whose points
 * @param kind what it does
 * @param points how many points (positive)
 * @param availableChange the change of the available balance
 * @param heldChange the change of the held points
 * @param holdKey the hold it belongs to
 * @param key its idempotency key
 * @param reason a text the member can read
 */
public record Posting(long memberId, EntryKind kind, long points, long availableChange, long heldChange,
		@Nullable String holdKey, String key, String reason) {

}
