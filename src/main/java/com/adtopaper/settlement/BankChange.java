package com.adtopaper.settlement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A change of a partner's bank account: who, when, the masked accounts before and after.
 */
public record BankChange(long actorId, @Nullable String before, String after, Instant at) {

}
