package com.adtopaper.member;

import java.time.Instant;

/**
 * A member deleted their account: what named them is gone from the member module (e-mail,
 * name, profile, devices); each module that holds more of theirs erases it (printing:
 * their documents) and keeps, without the person, what settlement with advertisers and
 * partners needs (the points ledger, print jobs, impressions).
 *
 * @param accountId the account, which stays as an anonymous row
 * @param deletedAt when
 */
public record AccountDeleted(long accountId, Instant deletedAt) {

}
