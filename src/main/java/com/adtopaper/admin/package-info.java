/**
 * The operators' channel: JSON endpoints now (/api/v1/admin), the admin site later.
 * Controllers, views and DTOs only; the domain is reached through module facades.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>ads: campaign review, advertisers; member: accounts and members; points: a member's
 * balance and ledger for operators</li>
 * <li>printing: printers and their keys; jobqueue: queue numbers and dead jobs; platform:
 * security, web</li>
 * </ul>
 */
@ApplicationModule(displayName = "Admin",
		allowedDependencies = { "ads", "audit", "member", "points", "printing", "settlement", "jobqueue",
				"platform :: security", "platform :: web" })
@NullMarked
package com.adtopaper.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
