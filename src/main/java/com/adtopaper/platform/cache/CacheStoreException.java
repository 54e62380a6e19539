package com.adtopaper.platform.cache;

/** The store did not answer in time, or answered with an error. */
class CacheStoreException extends RuntimeException {

	CacheStoreException(String message, Throwable cause) {
		super(message, cause);
	}

}
