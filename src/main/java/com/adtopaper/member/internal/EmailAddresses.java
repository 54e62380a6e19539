package com.adtopaper.member.internal;

import java.util.Locale;

/**
 * E-mail addresses are compared case-insensitively: they are stored trimmed and in lower
 * case.
 */
public final class EmailAddresses {

	private EmailAddresses() {
	}

	public static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
