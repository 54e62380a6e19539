package com.adtopaper.printing;

import com.adtopaper.member.Gender;

/**
 * Who a job is rendered for, as the ads of its sides are chosen and their impressions
 * counted: the member's profile when the job was rendered, kept with the job.
 *
 * @param memberId the member
 * @param schoolId their school
 * @param major their major
 * @param admissionYear the year they entered the school
 * @param gender their gender
 */
public record JobAudience(long memberId, long schoolId, String major, int admissionYear, Gender gender) {

}
