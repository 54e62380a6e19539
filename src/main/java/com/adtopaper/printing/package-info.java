/**
 * Printing: the documents members upload and how they print. Every upload is checked and
 * normalised to a PDF ({@code internal.DocumentInspector}); {@link Printers} are
 * registered to partner sites with a key each and report their status; {@link PrintJobs}
 * go from held (their points held on the ledger) through release to a printer, an atomic
 * claim, a download rendered once with an ad chosen for every side
 * ({@code internal.PrintRenderer}, {@code internal.PageAds}), progress reports that only
 * move forward, to completion or failure, which charges the printed sides and gives the
 * rest back ({@link JobFinished}); every printed side becomes one impression
 * ({@link PagesPrinted}). Jobs nobody releases expire, and jobs their printer stops
 * reporting on go back or fail ({@code internal.PrintJobMaintenance}).
 */
@ApplicationModule(displayName = "Printing")
@NullMarked
package com.adtopaper.printing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
