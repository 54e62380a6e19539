package com.adtopaper.ads;

import java.util.List;

/**
 * Printed pages were recorded (for the first time) for these campaigns; live counters may
 * read them again.
 *
 * @param campaignIds the campaigns, each once
 */
record ImpressionsRecorded(List<Long> campaignIds) {

	public ImpressionsRecorded {
		campaignIds = List.copyOf(campaignIds);
	}

}
