/**
 * The public web site and the members' pages: sign-up, login, account and points.
 * Controllers, views and DTOs only; the domain is reached through module facades.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>member, points, printing: the member's pages (sign-up, account, balance,
 * print)</li>
 * <li>platform: its security (the shared chain pieces) and web (problem pages,
 * limits)</li>
 * </ul>
 */
@ApplicationModule(displayName = "Web site",
		allowedDependencies = { "member", "points", "printing", "platform", "platform :: security", "platform :: web" })
@NullMarked
package com.adtopaper.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
