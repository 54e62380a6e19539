/**
 * Members and every account's credentials: sign-up, the profile advertisers target
 * (school, major, admission year, gender, birth year), push devices, refresh tokens, and
 * the accounts of advertisers, partners and operators.
 */
@ApplicationModule(displayName = "Members")
@NullMarked
package com.adtopaper.member;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
