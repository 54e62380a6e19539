package com.adtopaper.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A person's own file, as a download that nothing on the way may keep a copy of. */
public final class PrivateDownloads {

	private PrivateDownloads() {
	}

	public static ResponseEntity<StreamingResponseBody> attachment(String filename, MediaType type,
			StreamingResponseBody body) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore().cachePrivate())
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
