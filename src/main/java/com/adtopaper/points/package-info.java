/**
 * The points ledger: members' free points, granted, held for a print job, charged for
 * printed pages, released (what did not print) and adjusted by operators. Append-only;
 * every entry carries an idempotency key; a balance never goes below zero.
 */
@ApplicationModule(displayName = "Points")
@NullMarked
package com.adtopaper.points;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
