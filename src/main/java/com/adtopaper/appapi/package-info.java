/**
 * The members' mobile app API (/api/v1): sign-up, tokens, profile, devices, points.
 * Controllers, views and DTOs only; the domain is reached through module facades.
 */
@ApplicationModule(displayName = "App API")
@NullMarked
package com.adtopaper.appapi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
