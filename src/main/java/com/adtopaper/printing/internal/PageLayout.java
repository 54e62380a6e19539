package com.adtopaper.printing.internal;

import java.awt.geom.AffineTransform;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where things go on a printed page: A4 portrait, the ad band across the bottom, the
 * document's page fitted above it.
 */
final class PageLayout {

	public static final PDRectangle PAGE = PDRectangle.A4;

	public static final int BAND_WIDTH_PX = 2480;

	public static final int BAND_HEIGHT_PX = 590;

	/** The band's height in points: its image at the page's full width. */
	public static final float BAND_HEIGHT = PAGE.getWidth() * BAND_HEIGHT_PX / BAND_WIDTH_PX;

	// most printers cannot print the outer 4 mm; the band is designed for that, content
	// is not
	static final float MARGIN = 14.17f;

	private PageLayout() {
	}

	/**
	 * The transformation that fits a page (its crop box, shown turned by its /Rotate)
	 * into the area above the band, keeping its proportions, centred.
	 */
	static AffineTransform fit(PDRectangle box, int rotation) {
		return fit(box, rotation, BAND_HEIGHT);
	}

	/**
	 * The transformation that fits a page into the area above a band this high (0: the
	 * whole page, for a page that carries no ad), keeping its proportions, centred.
	 */
	static AffineTransform fit(PDRectangle box, int rotation, float bandHeight) {
		int turn = Math.floorMod(rotation, 360) / 90;
		float w = box.getWidth();
		float h = box.getHeight();
		float shownWidth = (turn % 2 == 0) ? w : h;
		float shownHeight = (turn % 2 == 0) ? h : w;
		float areaWidth = PAGE.getWidth() - 2 * MARGIN;
		float areaHeight = PAGE.getHeight() - bandHeight - 2 * MARGIN;
		double scale = Math.min(areaWidth / shownWidth, areaHeight / shownHeight);
		AffineTransform at = new AffineTransform();
		at.translate(MARGIN + (areaWidth - shownWidth * scale) / 2,
				bandHeight + MARGIN + (areaHeight - shownHeight * scale) / 2);
		at.scale(scale, scale);
		// /Rotate turns the page clockwise as shown
		switch (turn) {
			case 1 -> at.concatenate(new AffineTransform(0, -1, 1, 0, 0, w));
			case 2 -> at.concatenate(new AffineTransform(-1, 0, 0, -1, w, h));
			case 3 -> at.concatenate(new AffineTransform(0, 1, -1, 0, h, 0));
			default -> {
			}
		}
		at.translate(-box.getLowerLeftX(), -box.getLowerLeftY());
		return at;
	}

}
