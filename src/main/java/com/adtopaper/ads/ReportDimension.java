package com.adtopaper.ads;

/** The audience dimensions a campaign's report breaks its pages down by. */
public enum ReportDimension {

	SCHOOL, MAJOR, YEAR, GENDER, PRINTER

}
