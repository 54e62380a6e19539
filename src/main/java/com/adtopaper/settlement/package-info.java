/**
 * Settlement: what partners earn from the pages their printers print, and how they are
 * paid. Every printed side earns for its printer's site from the same exactly-once event
 * that records the impression ({@code PagesPrinted}; each event counted once, a
 * redelivery nothing): advertisers' price for a paid side, a fixed fee for a house-ad
 * side ({@link Earnings}, live, estimated until the month closes). {@link PartnerTerms}
 * are set by operators per site or printer from a day on. Once a month a recurring job
 * closes the previous Seoul month ({@link Statements#close}): one immutable statement per
 * partner, with a line per site × printer × terms, deductions and adjustments as their
 * own lines, a threshold below which the amount carries to the next month, and a payout
 * state that operators move ({@link PayoutStatus}). {@link PartnerProfiles} keep the
 * payee's details and the partner's staff accounts.
 * <p>
 * May use:
 * <ul>
 * <li>{@code printing}: the printed pages ({@code PagesPrinted}), the printers and
 * sites;</li>
 * <li>{@code member}: accounts (a password checked again, staff accounts);</li>
 * <li>{@code platform}: the domain exceptions' base, security roles.</li>
 * </ul>
 */
@ApplicationModule(displayName = "Settlement",
		allowedDependencies = { "printing", "member", "platform", "platform :: security" })
@NullMarked
package com.adtopaper.settlement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
