package com.adtopaper.platform.web;

import java.io.IOException;

/**
 * A request body went past its limit while it was read. An {@link IOException}, so that
 * the JSON reader passes it on as the cause of its own failure.
 */
class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes.");
	}

}
