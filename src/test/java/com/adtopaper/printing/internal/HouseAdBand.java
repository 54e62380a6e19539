package com.adtopaper.printing.internal;

/** The house ad's band, for tests outside printing that look for it on a printed page. */
public final class HouseAdBand {

	private HouseAdBand() {
	}

	/** The band as a PNG. */
	public static byte[] png() {
		return HouseAd.band().png().get();
	}

}
