/**
 * The printer API: what the agent on the PC next to a printer speaks (polled, signed with
 * the printer's key; see {@code docs/printer-api.md}). Controllers and the request
 * signature check only; the jobs and printers are the {@code printing} module's.
 */
@ApplicationModule(displayName = "Printer API")
@NullMarked
package com.adtopaper.printerapi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
