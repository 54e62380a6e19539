/**
 * Who is calling: roles, the authenticated account, access tokens and the login throttle.
 * Route rules and filter chains live in {@code internal}.
 */
@NamedInterface("security")
@NullMarked
package com.adtopaper.platform.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
