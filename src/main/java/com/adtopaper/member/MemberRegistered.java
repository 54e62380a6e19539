package com.adtopaper.member;

import java.time.Instant;

/**
 * A new member signed up.
 *
 * @param memberId the new member
 * @param registeredAt when
 */
public record MemberRegistered(long memberId, Instant registeredAt) {

}
