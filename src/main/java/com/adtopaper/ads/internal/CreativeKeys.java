package com.adtopaper.ads.internal;

import java.util.List;
import java.util.UUID;

/**
 * Blob keys of a creative's files. The band's and the thumbnail's follow from the
 * original's, so a job run twice writes the same keys.
 */
public final class CreativeKeys {

	private CreativeKeys() {
	}

	/** {@code creatives/{campaignId}/{random}.png|jpg}: unguessable, never reused. */
	public static String original(long campaignId, String extension) {
		return "creatives/" + campaignId + "/" + UUID.randomUUID().toString().replace("-", "") + "." + extension;
	}

	/** The original's key and the keys made from it. */
	public static List<String> all(String originalKey) {
		return List.of(originalKey, band(originalKey), thumbnail(originalKey));
	}

	static String band(String originalKey) {
		return stem(originalKey) + "-band.png";
	}

	static String thumbnail(String originalKey) {
		return stem(originalKey) + "-thumb.png";
	}

	private static String stem(String key) {
		int dot = key.lastIndexOf('.');
		return (dot > key.lastIndexOf('/')) ? key.substring(0, dot) : key;
	}

}
