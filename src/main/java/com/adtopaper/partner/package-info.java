/**
 * The partners' channel (printer owners): their account now; printing and settlements
 * later. Controllers, views and DTOs only; the domain is reached through module facades.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>member: the partner's account; platform: security, and web for its part of the API
 * description</li>
 * </ul>
 */
@ApplicationModule(displayName = "Partner site",
		allowedDependencies = { "member", "platform :: security", "platform :: web" })
@NullMarked
package com.adtopaper.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
