package com.adtopaper.member;

/** The gender a member gives at sign-up; advertisers may target it. */
public enum Gender {

	FEMALE, MALE, UNDISCLOSED

}
