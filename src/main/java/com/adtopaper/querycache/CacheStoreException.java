package com.adtopaper.querycache;

/** The store did not answer in time, or answered with an error. */
public class CacheStoreException extends RuntimeException {

	public CacheStoreException(String message, Throwable cause) {
		super(message, cause);
	}

}
