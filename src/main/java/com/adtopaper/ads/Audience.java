package com.adtopaper.ads;

import com.adtopaper.member.Gender;

/**
 * The member a page prints for, as targeting and the reports see them.
 *
 * @param memberId the member
 * @param schoolId their school
 * @param major their major
 * @param admissionYear the year they entered the school
 * @param gender their gender
 */
public record Audience(long memberId, long schoolId, String major, int admissionYear, Gender gender) {

}
