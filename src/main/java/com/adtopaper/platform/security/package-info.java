/**
 * Who is calling: roles, the authenticated account, access tokens and the login throttle,
 * and {@link com.adtopaper.platform.security.ChannelSecurity}, what every channel's
 * filter chain shares. The routes and their roles are the channels' own: each contributes
 * its {@code SecurityFilterChain}; only the platform's own routes (error page, actuator,
 * blobs, API docs) have their chain in {@code internal}.
 */
@NamedInterface("security")
@NullMarked
package com.adtopaper.platform.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
