/**
 * The points ledger: members' free points, granted, held for a print job, charged for
 * printed pages, released (what did not print) and adjusted by operators. Append-only;
 * every entry carries an idempotency key; a balance never goes below zero.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>member: the sign-up bonus follows MemberVerified; the morning grants go to
 * members</li>
 * <li>jobqueue: the morning fan-out runs as jobs</li>
 * <li>platform: domain errors</li>
 * </ul>
 */
@ApplicationModule(displayName = "Points", allowedDependencies = { "member", "jobqueue", "platform" })
@NullMarked
package com.adtopaper.points;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
