package com.adtopaper.points.internal;

import java.time.LocalDate;

import com.adtopaper.jobqueue.JobType;

/** The morning's two jobs, on the {@code morning} queue. */
public final class MorningJobTypes {

	static final String QUEUE = "morning";

	/** Splits the members into ranges, one {@link #CHUNK} job each. */
	public static final JobType<Start> START = JobType.of(QUEUE, "points.morning", Start.class);

	/** Credits one range of members. */
	public static final JobType<Chunk> CHUNK = JobType.of(QUEUE, "points.morning-chunk", Chunk.class);

	private MorningJobTypes() {
	}

	/**
	 * @param day the morning's day, in Seoul
	 */
	public record Start(LocalDate day) {
	}

	/**
	 * @param day the morning's day, in Seoul
	 * @param fromMemberId the first member id of the range
	 * @param toMemberId the first member id after it
	 */
	public record Chunk(LocalDate day, long fromMemberId, long toMemberId) {
	}

}
