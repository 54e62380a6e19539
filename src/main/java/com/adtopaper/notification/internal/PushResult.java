package com.adtopaper.notification.internal;

/** What the push service said of one push. */
enum PushResult {

	/** Accepted. */
	DELIVERED,
	/** The token is no longer valid: switch the device off. */
	UNREGISTERED,
	/** Try again later (429, 5xx, a connection problem). */
	RETRY,
	/** Refused for good for another reason (a bad payload, a bad topic). */
	REJECTED

}
