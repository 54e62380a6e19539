package com.adtopaper.member;

import java.time.Instant;

/**
 * An operator blocked an account found abusing: it can no longer log in, its refresh
 * tokens are revoked and its access tokens are refused from the next request on.
 *
 * @param accountId the account
 * @param blockedAt when
 */
public record AccountBlocked(long accountId, Instant blockedAt) {

}
