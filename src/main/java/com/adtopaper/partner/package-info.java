/**
 * The partners' channel (printer owners and their staff): today's printing and earnings
 * live, their printers, the printing log, the monthly statements (page, CSV, PDF) and
 * their account. Controllers, views and DTOs only; the domain is reached through module
 * facades.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>settlement: earnings, statements, the partner's details and staff; printing: their
 * printers; member: the partner's account; platform: security, and web for its part of
 * the API description and error pages</li>
 * </ul>
 */
@ApplicationModule(displayName = "Partner site",
		allowedDependencies = { "settlement", "printing", "member", "platform", "platform :: security",
				"platform :: web" })
@NullMarked
package com.adtopaper.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
