/**
 * Printing: the documents members upload and how they print. Every upload is checked and
 * normalised to a PDF ({@code internal.DocumentInspector}); {@link Printers} are
 * registered to partner sites with a key each and report their status. A print job has
 * two facades, one per audience: {@link PrintJobs} for the member's channels (create,
 * preview, release to a printer, cancel, follow; its points held on the ledger) and
 * {@link PrinterJobs} for the printer agent's (release by code, an atomic claim, a
 * download rendered once with an ad chosen for every side, progress reports that only
 * move forward, completion or failure, which charges the printed sides and gives the rest
 * back, {@link JobFinished}). The job owns its pages: the ad of every side and the
 * member's audience ({@link JobAudience}) as they were when it was rendered
 * ({@code internal.JobRenderer}, {@code internal.PageAds}), so every printed side becomes
 * one impression from what {@link PagesPrinted} carries. Jobs nobody releases expire, and
 * jobs their printer stops reporting on go back or fail
 * ({@code internal.PrintJobMaintenance}); the moves a job may make are
 * {@code internal.JobTransition}.
 *
 * <p>
 * Printing knows nothing of advertising. It declares what it needs to put an ad on a
 * side, {@link PageAdSource} (in records of its own), and the advertising module
 * implements it; what printed it announces as {@link PagesPrinted}, which the advertising
 * module listens to and records as impressions. So {@code ads} depends on
 * {@code printing}, never the other way round.
 *
 * <p>
 * May use:
 * <ul>
 * <li>{@code member}: who a job prints for (verified, their profile as its
 * audience);</li>
 * <li>{@code points}: a job's points held, charged and given back;</li>
 * <li>{@code platform}: the domain exceptions' base;</li>
 * <li>{@code platform :: blob}: the documents and rendered jobs (private), the ads' print
 * bands (public).</li>
 * </ul>
 */
@ApplicationModule(displayName = "Printing",
		allowedDependencies = { "member", "points", "platform", "platform :: blob" })
@NullMarked
package com.adtopaper.printing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
