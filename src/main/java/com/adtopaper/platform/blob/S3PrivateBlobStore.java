package com.adtopaper.platform.blob;

import java.nio.file.Path;
import java.time.Duration;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

import org.springframework.http.ContentDisposition;

/**
 * Production: a bucket of its own, with no public access and no CDN in front; objects
 * answer {@code private, no-store}; downloads are pre-signed GETs that expire.
 */
final class S3PrivateBlobStore implements PrivateBlobStore, AutoCloseable {

	static final String CACHE_CONTROL = "private, no-store";

	private final S3BlobStore files;

	private final S3Presigner presigner;

	S3PrivateBlobStore(S3Client s3, S3Presigner presigner, String bucket) {
		this.files = new S3BlobStore(s3, bucket, "s3://" + bucket + "/", CACHE_CONTROL);
		this.presigner = presigner;
	}

	@Override
	public void put(String key, Path file, String contentType) {
		this.files.put(key, file, contentType);
	}

	@Override
	public boolean copyTo(String key, Path target) {
		return this.files.copyTo(key, target);
	}

	@Override
	public boolean exists(String key) {
		return this.files.exists(key);
	}

	@Override
	public void delete(String key) {
		this.files.delete(key);
	}

	@Override
	public SignedLink signedLink(String key, String downloadName, Duration validFor) {
		String disposition = ContentDisposition.attachment()
			.filename(downloadName, java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString();
		PresignedGetObjectRequest signed = this.presigner
			.presignGetObject((request) -> request.signatureDuration(validFor)
				.getObjectRequest((get) -> get.bucket(this.files.bucket())
					.key(key)
					.responseCacheControl(CACHE_CONTROL)
					.responseContentDisposition(disposition)));
		return new SignedLink(signed.url().toString(), signed.expiration());
	}

	@Override
	public void close() {
		this.presigner.close();
		this.files.close();
	}

}
