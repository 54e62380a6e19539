package com.adtopaper.platform.blob;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local store's signed links: the file while the signature is genuine and unexpired,
 * else 404 (a link that does not say whether the file exists). Nothing on the way may
 * keep a copy.
 */
@RestController
@ConditionalOnProperty(name = "adtopaper.blobs.store", havingValue = "local", matchIfMissing = true)
class PrivateBlobController {

	private final LocalPrivateBlobStore store;

	PrivateBlobController(PrivateBlobStore store) {
		this.store = (LocalPrivateBlobStore) store;
	}

	@GetMapping(LocalPrivateBlobStore.LINK_PATH + "{*key}")
	ResponseEntity<Resource> download(@PathVariable String key, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "0") long expires, @RequestParam(defaultValue = "") String signature) {
		String blobKey = key.startsWith("/") ? key.substring(1) : key;
		if (!this.store.signer().verify(blobKey, name, expires, signature)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.cacheControl(CacheControl.noStore().cachePrivate())
				.build();
		}
		Path file = this.store.path(blobKey);
		if (!Files.isRegularFile(file)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.cacheControl(CacheControl.noStore().cachePrivate())
				.build();
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore().cachePrivate())
			.contentType(blobKey.endsWith(".pdf") ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name.isBlank() ? file.getFileName().toString() : name,
								java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new FileSystemResource(file));
	}

}
