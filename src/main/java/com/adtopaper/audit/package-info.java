/**
 * The operators' audit log: every change an operator makes, and every operator's log-in,
 * appended and never changed — who, when, from which address, on what object, its state
 * before and after. Django's admin log and PaperCut's audit of balance changes are the
 * models.
 * <p>
 * Append-only in three ways: this module's API has no update or delete; its repository
 * issues only inserts and selects; on MariaDB and MySQL a trigger refuses any
 * {@code UPDATE} or {@code DELETE} of {@code audit_entries}, whoever sends it (production
 * also grants the application's user only {@code INSERT, SELECT} on the table).
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them): none but the platform.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "platform" })
@NullMarked
package com.adtopaper.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
