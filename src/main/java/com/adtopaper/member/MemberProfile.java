package com.adtopaper.member;

import java.time.Instant;

/**
 * A member as they and the other modules see them.
 *
 * @param id the member id (also their account id)
 * @param email their e-mail
 * @param name their name
 * @param school their school
 * @param major their major
 * @param admissionYear the year they entered the school
 * @param gender their gender
 * @param birthYear their year of birth
 * @param pushOptedOut whether they refused push notifications
 * @param joinedAt when they signed up
 * @param verified whether they proved, from an address at their school's e-mail domain,
 * that they belong to it; until then they get no points and cannot print
 */
public record MemberProfile(long id, String email, String name, School school, String major, int admissionYear,
		Gender gender, int birthYear, boolean pushOptedOut, Instant joinedAt, boolean verified) {

}
