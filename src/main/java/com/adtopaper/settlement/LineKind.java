package com.adtopaper.settlement;

/** What a statement line is. */
public enum LineKind {

	/** What a printer earned under one set of terms. */
	EARNINGS,
	/** Taken off, e.g. for invalid traffic: its own line, never a rewritten one. */
	DEDUCTION,
	/** A correction made after a month closed, on a later month's statement. */
	ADJUSTMENT

}
