package com.adtopaper.member;

import java.time.Instant;

/**
 * A member proved they belong to their school (by the mail's link or code, or an operator
 * confirmed it): from now on they get points and may print. Published once per member.
 *
 * @param memberId the member
 * @param verifiedAt when
 */
public record MemberVerified(long memberId, Instant verifiedAt) {

}
