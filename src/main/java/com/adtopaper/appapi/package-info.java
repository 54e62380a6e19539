/**
 * The members' mobile app API (/api/v1): sign-up, tokens, profile, devices, points.
 * Controllers, views and DTOs only; the domain is reached through module facades.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>member, points, printing: what the app shows and does for a member</li>
 * <li>platform: domain errors, blob (private downloads), security, web (problem
 * details)</li>
 * </ul>
 */
@ApplicationModule(displayName = "App API",
		allowedDependencies = { "member", "points", "printing", "platform", "platform :: blob", "platform :: security",
				"platform :: web" })
@NullMarked
package com.adtopaper.appapi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
