/**
 * The printer API: what the agent on the PC next to a printer speaks (polled, signed with
 * the printer's key; see {@code docs/printer-api.md}). Controllers and the request
 * signature check only; the jobs and printers are the {@code printing} module's.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>printing: printers and the printer's side of print jobs (PrinterJobs)</li>
 * <li>platform: redis (nonces, wake-ups), web (problem details)</li>
 * </ul>
 */
@ApplicationModule(displayName = "Printer API",
		allowedDependencies = { "printing", "platform :: redis", "platform :: web" })
@NullMarked
package com.adtopaper.printerapi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
