/**
 * Advertising, what pays for every free page: advertisers, their campaigns (budgets,
 * targeting, pacing, frequency caps, review) and creatives, the per-page ad selection,
 * and the impressions each printed page makes, counted once and rolled up for the reports
 * as they happen.
 */
@ApplicationModule(displayName = "Advertising")
@NullMarked
package com.adtopaper.ads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
