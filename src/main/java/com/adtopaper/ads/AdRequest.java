package com.adtopaper.ads;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One page about to be printed, asking for its ad.
 *
 * @param jobId the print job
 * @param page the page of the job, from 1
 * @param audience who prints it
 * @param printerId the printer it prints on
 * @param region that printer's region, if known
 * @param at when it prints
 */
public record AdRequest(String jobId, int page, Audience audience, long printerId, @Nullable String region,
		Instant at) {

}
