/**
 * The printer agent: a separate program that ships as a JAR of its own
 * ({@code target/adtopaper-agent.jar}, built by {@code src/assembly/agent.xml}) and runs
 * on the PC next to a printer, never in the application. It polls the printer API
 * ({@code docs/printer-api.md}) with signed requests, sends each job's PDF to a local IPP
 * printer (IPP Everywhere or CUPS) with jipp, and reports pages and status back. Started
 * with {@link com.adtopaper.agent.AgentLauncher#main}; it uses only the JDK (17 or newer)
 * and jipp, so it starts in a fraction of a second and fits a few tens of megabytes.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>none: it is its own small program (adtopaper-agent.jar)</li>
 * </ul>
 */
@ApplicationModule(displayName = "Printer agent", allowedDependencies = {})
@NullMarked
package com.adtopaper.agent;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
