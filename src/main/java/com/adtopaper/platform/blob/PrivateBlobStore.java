package com.adtopaper.platform.blob;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Where files that belong to one person are kept (members' documents, rendered print
 * jobs): never under the public base URL, never cacheable by a shared cache. They are
 * read by the application for whoever it has authorised, or downloaded through a
 * short-lived signed link. In production a bucket of its own with no public access;
 * locally a folder that no resource handler serves.
 */
public interface PrivateBlobStore {

	/** Stores a file without reading it into memory. */
	void put(String key, Path file, String contentType);

	/** Copies a stored file into {@code target}; false if there is none. */
	boolean copyTo(String key, Path target);

	boolean exists(String key);

	/** Deletes the file; nothing happens if there is none. */
	void delete(String key);

	/**
	 * A link that downloads the file, with no other credential, until {@code validFor}
	 * has passed: whoever calls this must have checked the caller may read it.
	 * @param downloadName the file name the browser saves it as
	 */
	SignedLink signedLink(String key, String downloadName, Duration validFor);

	/** A download link and when it stops working. */
	record SignedLink(String url, Instant expiresAt) {
	}

}
