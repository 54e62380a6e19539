package com.adtopaper.platform.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Production: a bucket read and written with the AWS SDK v2. For the public store
 * browsers fetch the files through the CDN in front of the bucket
 * ({@code adtopaper.blobs.public-base-url}); {@link S3PrivateBlobStore} uses another
 * bucket, which nothing fronts.
 */
final class S3BlobStore implements BlobStore, AutoCloseable {

	private final S3Client s3;

	private final String bucket;

	private final String baseUrl;

	private final String cacheControl;

	S3BlobStore(S3Client s3, String bucket, String baseUrl) {
		this(s3, bucket, baseUrl, "public, max-age=31536000, immutable");
	}

	/**
	 * @param cacheControl what the bucket answers a GET with
	 */
	S3BlobStore(S3Client s3, String bucket, String baseUrl, String cacheControl) {
		this.s3 = s3;
		this.bucket = bucket;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
		this.cacheControl = cacheControl;
	}

	@Override
	public void put(String key, byte[] content, String contentType) {
		this.s3.putObject((request) -> request.bucket(this.bucket)
			.key(key)
			.contentType(contentType)
			.cacheControl(this.cacheControl), RequestBody.fromBytes(content));
	}

	@Override
	public void put(String key, Path file, String contentType) {
		this.s3.putObject((request) -> request.bucket(this.bucket)
			.key(key)
			.contentType(contentType)
			.cacheControl(this.cacheControl), RequestBody.fromFile(file));
	}

	@Override
	public boolean copyTo(String key, Path target) {
		try {
			Files.deleteIfExists(target);
			this.s3.getObject((request) -> request.bucket(this.bucket).key(key), ResponseTransformer.toFile(target));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		try {
			return Optional
				.of(this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key)).asByteArray());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String key) {
		this.s3.deleteObject((request) -> request.bucket(this.bucket).key(key));
	}

	@Override
	public String publicUrl(String key) {
		return this.baseUrl + key;
	}

	boolean exists(String key) {
		try {
			this.s3.headObject((request) -> request.bucket(this.bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (software.amazon.awssdk.services.s3.model.S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	String bucket() {
		return this.bucket;
	}

	@Override
	public void close() {
		this.s3.close();
	}

}
