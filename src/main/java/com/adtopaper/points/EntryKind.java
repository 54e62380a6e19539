package com.adtopaper.points;

/** What a ledger entry did to a member's points. */
public enum EntryKind {

	/** Free points credited (the sign-up bonus, the morning's points). */
	GRANT,
	/** Points put aside for a print job that has not printed yet. */
	HOLD,
	/** Points spent: from a hold for printed pages, or straight from the balance. */
	CHARGE,
	/** Held points given back because they were not needed (pages that did not print). */
	RELEASE,
	/** An operator's correction, up or down. */
	ADJUSTMENT,
	/**
	 * Points an operator gave back for a job (all or part of what it charged), with their
	 * comment.
	 */
	REFUND

}
