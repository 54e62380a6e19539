package com.adtopaper.ads;

/** How a campaign competes for pages. */
public enum Priority {

	/** Booked: delivered evenly across each day of its run to spend its daily budget. */
	CONTRACT,
	/** Fills the pages contracts leave, chosen by weight. */
	REMNANT

}
