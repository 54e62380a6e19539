/**
 * Advertising, what pays for every free page: advertisers, their campaigns (budgets,
 * targeting, pacing, frequency caps, review) and creatives, the per-page ad selection,
 * and the impressions each printed page makes, counted once and rolled up for the reports
 * as they happen.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>member: advertisers are accounts; targeting names schools and genders</li>
 * <li>jobqueue: creatives are resized and cleaned up as jobs</li>
 * <li>platform: domain errors; blob: creatives' files; redis: the selection's
 * reservations; security: roles</li>
 * </ul>
 */
@ApplicationModule(displayName = "Advertising",
		allowedDependencies = { "member", "jobqueue", "platform", "platform :: blob", "platform :: redis",
				"platform :: security" })
@NullMarked
package com.adtopaper.ads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
