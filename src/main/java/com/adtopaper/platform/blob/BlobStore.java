package com.adtopaper.platform.blob;

import java.nio.file.Path;
import java.util.Optional;

/** Where files are kept, by key ({@code creatives/12/9f1c.png}). */
public interface BlobStore {

	void put(String key, byte[] content, String contentType);

	Optional<byte[]> get(String key);

	/** Stores a file without reading it into memory (documents of tens of megabytes). */
	void put(String key, Path file, String contentType);

	/** Copies a stored file into {@code target}; false if there is none. */
	boolean copyTo(String key, Path target);

	void delete(String key);

	/** The address a browser or the app fetches the file from. */
	String publicUrl(String key);

}
