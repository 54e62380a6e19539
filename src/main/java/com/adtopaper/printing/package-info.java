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
 * member's audience as they were when it was rendered ({@code internal.JobRenderer},
 * {@code internal.PageAds}), so every printed side becomes one impression from what
 * {@link PagesPrinted} carries. Jobs nobody releases expire, and jobs their printer stops
 * reporting on go back or fail ({@code internal.PrintJobMaintenance}); the moves a job
 * may make are {@code internal.JobTransition}.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>ads: the ad on each page is chosen at render (AdSelection) and its impressions
 * recorded (Impressions)</li>
 * <li>member: a job's audience, looked up once at render, and a member's school</li>
 * <li>points: a job holds points at release, is charged for printed sides, releases the
 * rest</li>
 * <li>platform: domain errors; blob: documents and rendered jobs in the private
 * store</li>
 * </ul>
 */
@ApplicationModule(displayName = "Printing",
		allowedDependencies = { "ads", "member", "points", "platform", "platform :: blob" })
@NullMarked
package com.adtopaper.printing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
