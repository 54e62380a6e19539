package com.adtopaper.settlement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A move of a statement's payout: from, to, why, who, when. */
public record PayoutMove(PayoutStatus from, PayoutStatus to, @Nullable String reason, long actorId, Instant at) {

}
