/**
 * The public web site and the members' pages: sign-up, login and a forgotten password,
 * the account (profile, push, password, deletion), points, the printing's footprint, the
 * printers of a school and printing with each job's live state. Controllers, views and
 * DTOs only; the domain is reached through module facades. Texts from
 * {@code messages-web_ko} (the default) and {@code messages-web_en}.
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
