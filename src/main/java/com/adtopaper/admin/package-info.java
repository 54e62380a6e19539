/**
 * The operators' channel: JSON endpoints (/api/v1/admin) and the admin site (/admin),
 * behind a password and a TOTP second factor, every change in the audit log. Controllers,
 * views and DTOs only; the domain is reached through module facades.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>ads: campaign review, advertisers; member: accounts and members; points: a member's
 * balance and ledger for operators</li>
 * <li>printing: printers and their keys; jobqueue: queue numbers and dead jobs; platform:
 * security, web</li>
 * <li>audit: every change an operator makes is recorded; settlement: terms, statements,
 * payouts; notification: messages to a segment of members</li>
 * </ul>
 */
@ApplicationModule(displayName = "Admin",
		allowedDependencies = { "ads", "audit", "member", "points", "printing", "settlement", "jobqueue",
				"notification", "platform :: security", "platform :: web" })
@NullMarked
package com.adtopaper.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
