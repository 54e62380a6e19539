package com.adtopaper.printing;

import java.util.List;

/**
 * What a printer can do, as its agent read it from the printer (IPP
 * {@code sides-supported}, {@code color-supported}, {@code media-supported},
 * {@code document-format-supported}). A printer whose agent never reported them has none
 * ({@code null}): unknown, which blocks nothing.
 *
 * @param sides the {@code sides} it prints ({@code one-sided},
 * {@code two-sided-long-edge}...)
 * @param color whether it prints in colour
 * @param media the paper it takes ({@code iso_a4_210x297mm}...)
 * @param formats the document formats it takes ({@code application/pdf}...)
 */
public record PrinterCapabilities(List<String> sides, boolean color, List<String> media, List<String> formats) {

	public PrinterCapabilities {
		sides = List.copyOf(sides);
		media = List.copyOf(media);
		formats = List.copyOf(formats);
	}

	/** Whether it prints both sides of a sheet. */
	public boolean duplex() {
		return this.sides.stream().anyMatch((side) -> side.startsWith("two-sided"));
	}

}
