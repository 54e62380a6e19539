package com.adtopaper.printing.internal;

import java.util.function.Supplier;

/**
 * The ad printed in the band at the bottom of a page.
 *
 * @param key what tells bands apart (the creative's blob key, {@link HouseAd#KEY} for the
 * house ad): a band used on many pages is embedded once per document, and {@code png} is
 * read only for the first page that uses it
 * @param png the band as a PNG, {@link PageLayout#BAND_WIDTH_PX} ×
 * {@link PageLayout#BAND_HEIGHT_PX} pixels (A4's width by 50 mm at 300 dpi); another size
 * is stretched to the band
 */
record AdBand(String key, Supplier<byte[]> png) {

}
