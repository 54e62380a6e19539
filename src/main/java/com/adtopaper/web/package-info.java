/**
 * The public web site and the members' pages: sign-up, login, account and points.
 * Controllers, views and DTOs only; the domain is reached through module facades.
 */
@ApplicationModule(displayName = "Web site")
@NullMarked
package com.adtopaper.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
