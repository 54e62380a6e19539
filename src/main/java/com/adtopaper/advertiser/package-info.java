/**
 * The advertisers' channel: their account now; campaigns and real-time reports with the
 * advertising issue. Controllers, views and DTOs only; the domain is reached through
 * module facades.
 */
@ApplicationModule(displayName = "Advertiser site")
@NullMarked
package com.adtopaper.advertiser;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
