/**
 * Members and every account's credentials: sign-up, the profile advertisers target
 * (school, major, admission year, gender, birth year), push devices, refresh tokens, and
 * the accounts of advertisers, partners and operators.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>platform: domain errors, supported dates; its security: roles and the account
 * states it keeps for the bearer check</li>
 * </ul>
 */
@ApplicationModule(displayName = "Members",
		allowedDependencies = { "platform", "platform :: security", "platform :: database" })
@NullMarked
package com.adtopaper.member;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
