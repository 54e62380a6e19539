package com.adtopaper.platform.security;

/** The four kinds of account; each channel admits one of them. */
public enum Role {

	MEMBER, ADVERTISER, PARTNER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
