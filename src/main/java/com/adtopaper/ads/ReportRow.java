package com.adtopaper.ads;

import java.time.LocalDateTime;

/**
 * One line of a campaign's full rollup: pages and spend of one Seoul hour for one
 * combination of audience and printer.
 *
 * @param hour the Seoul hour
 * @param schoolId the members' school
 * @param major their major
 * @param admissionYear their admission year
 * @param gender their gender
 * @param printerId the printer
 * @param pages pages printed
 * @param spend what they cost (KRW)
 */
public record ReportRow(LocalDateTime hour, long schoolId, String major, int admissionYear, String gender,
		long printerId, long pages, long spend) {

}
