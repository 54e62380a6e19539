package com.adtopaper.points;

import java.time.LocalDate;

/**
 * The morning's free points were credited to the members with ids in
 * {@code [fromMemberId, toMemberId)} (each once per day, whatever the retries).
 *
 * @param day the day, in Asia/Seoul
 * @param fromMemberId the first member id of the range
 * @param toMemberId the end of the range, exclusive
 * @param points the points each member got
 */
public record MorningPointsGranted(LocalDate day, long fromMemberId, long toMemberId, long points) {

}
