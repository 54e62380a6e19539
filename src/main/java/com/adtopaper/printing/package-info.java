/**
 * Printing: the documents members upload and how they print. So far the PDF machinery:
 * every upload is checked and normalised to a PDF ({@code internal.DocumentInspector}),
 * each printed page is composed with its ad band ({@code internal.PrintRenderer}), and a
 * member previews the first pages as they will print ({@code internal.PreviewRenderer}).
 * Printers, print jobs and their APIs build on these.
 */
@ApplicationModule(displayName = "Printing")
@NullMarked
package com.adtopaper.printing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
