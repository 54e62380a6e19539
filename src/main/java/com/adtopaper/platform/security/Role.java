package com.adtopaper.platform.security;

/**
 * The kinds of account; each channel admits one of them (the partners' site also a
 * partner's staff, who see their printers and printing log but not the money; the admin
 * site also support staff, who see everything operators see and change nothing).
 */
public enum Role {

	MEMBER, ADVERTISER, PARTNER, PARTNER_STAFF, ADMIN, SUPPORT;

	public String authority() {
		return "ROLE_" + name();
	}

}
