/**
 * The advertisers' channel: their account now; campaigns and real-time reports with the
 * advertising issue. Controllers, views and DTOs only; the domain is reached through
 * module facades.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>ads: campaigns, creatives, reports; member: the advertiser's account, schools and
 * genders for targeting; printing: the printers and sites campaigns target and reports
 * count by, by name</li>
 * <li>platform: domain errors, security, web</li>
 * </ul>
 */
@ApplicationModule(displayName = "Advertiser site",
		allowedDependencies = { "ads", "member", "printing", "platform", "platform :: security", "platform :: web" })
@NullMarked
package com.adtopaper.advertiser;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
