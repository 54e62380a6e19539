/**
 * Advertising, what pays for every free page: advertisers, their campaigns (budgets,
 * targeting, pacing, frequency caps, review) and creatives, the per-page ad selection,
 * and the impressions each printed page makes, counted once and rolled up for the reports
 * as they happen.
 *
 * <p>
 * With printing, advertising is the module that knows the other: it supplies the ads of a
 * job's sides through printing's {@code PageAdSource} ({@code internal.PrintingAdSource},
 * from {@link AdSelection}), and records the impressions of the sides printed from
 * printing's {@code PagesPrinted} ({@code internal.PrintedPagesRecorder}, an
 * {@code @ApplicationModuleListener}: the event publication registry keeps the event
 * until it is recorded, and {@link Impressions} counts each (job, side) once).
 *
 * <p>
 * May use:
 * <ul>
 * <li>{@code member}: advertisers' accounts, the schools and genders campaigns
 * target;</li>
 * <li>{@code printing}: the ad source it implements, the {@code PagesPrinted} it records,
 * the {@code JobFinished} whose unprinted sides' reservations it gives back, and the
 * sides of an event published before events carried them
 * ({@code PrinterJobs.withSides});</li>
 * <li>{@code jobqueue}: creatives made into print bands and thumbnails, their files
 * deleted once removed;</li>
 * <li>{@code platform}: the domain exceptions' base, the dates a campaign may take;</li>
 * <li>{@code platform :: blob}: creatives, their bands and thumbnails;</li>
 * <li>{@code platform :: redis}: the budgets and caps the selection reserves across
 * nodes;</li>
 * <li>{@code platform :: security}: the advertiser's role on the accounts it
 * invites.</li>
 * </ul>
 */
@ApplicationModule(displayName = "Advertising",
		allowedDependencies = { "member", "printing", "jobqueue", "platform", "platform :: blob", "platform :: redis",
				"platform :: security" })
@NullMarked
package com.adtopaper.ads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
