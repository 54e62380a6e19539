package com.adtopaper.ads;

/** Where an uploaded creative is on its way to print. */
public enum CreativeStatus {

	/** Accepted and stored; its print band and thumbnail are being made. */
	PROCESSING,
	/** Its print band is ready: the ad selection may choose it. */
	READY,
	/** It could not be made into a print band; {@link Creative#failure()} says why. */
	FAILED

}
