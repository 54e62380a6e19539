package com.adtopaper.printing;

/**
 * Where a print job is: held until the member releases it, released to a printer, claimed
 * by that printer, printing, and then completed, failed, cancelled or expired.
 */
public enum JobStatus {

	HELD, RELEASED, CLAIMED, PRINTING, COMPLETED, FAILED, CANCELLED, EXPIRED;

	/** Whether the job is over: nothing more prints or changes. */
	public boolean finished() {
		return this == COMPLETED || this == FAILED || this == CANCELLED || this == EXPIRED;
	}

}
