package com.adtopaper.backup.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * An S3 multipart upload written as a stream: one part is buffered, uploaded when full,
 * and the object appears only on {@link #complete()}. Closed without completing, the
 * upload is aborted and S3 drops its parts: nothing of it can be read, listed or pruned.
 * (The SDK's Transfer Manager would need the asynchronous client, whose HTTP clients the
 * project does not ship.)
 */
final class MultipartUpload implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(MultipartUpload.class);

	private final S3Client s3;

	private final String bucket;

	private final String key;

	private final String uploadId;

	private final byte[] buffer;

	private final List<CompletedPart> parts = new ArrayList<>();

	private int filled;

	private long bytes;

	private boolean completed;

	private boolean aborted;

	private MultipartUpload(S3Client s3, String bucket, String key, String uploadId, int partSize) {
		this.s3 = s3;
		this.bucket = bucket;
		this.key = key;
		this.uploadId = uploadId;
		this.buffer = new byte[partSize];
	}

	static MultipartUpload start(S3Client s3, String bucket, String key, int partSize) {
		String uploadId = s3
			.createMultipartUpload((request) -> request.bucket(bucket)
				.key(key)
				.contentType("application/octet-stream")
				.checksumAlgorithm(ChecksumAlgorithm.CRC32))
			.uploadId();
		return new MultipartUpload(s3, bucket, key, uploadId, partSize);
	}

	/** The object's bytes; closing it does not complete the upload. */
	OutputStream stream() {
		return new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] source, int offset, int length) throws IOException {
				append(source, offset, length);
			}

		};
	}

	private void append(byte[] source, int offset, int length) throws IOException {
		if (this.completed || this.aborted) {
			throw new IOException("The upload of " + this.key + " has ended");
		}
		while (length > 0) {
			int taken = Math.min(length, this.buffer.length - this.filled);
			System.arraycopy(source, offset, this.buffer, this.filled, taken);
			this.filled += taken;
			offset += taken;
			length -= taken;
			if (this.filled == this.buffer.length) {
				uploadPart();
			}
		}
	}

	private void uploadPart() {
		int number = this.parts.size() + 1;
		int length = this.filled;
		UploadPartResponse response = this.s3.uploadPart(
				(request) -> request.bucket(this.bucket)
					.key(this.key)
					.uploadId(this.uploadId)
					.partNumber(number)
					.contentLength((long) length)
					.checksumAlgorithm(ChecksumAlgorithm.CRC32),
				RequestBody.fromInputStream(new ByteArrayInputStream(this.buffer, 0, length), length));
		this.parts.add(CompletedPart.builder()
			.partNumber(number)
			.eTag(response.eTag())
			.checksumCRC32(response.checksumCRC32())
			.build());
		this.bytes += length;
		this.filled = 0;
	}

	/** Uploads what is left as the last part and makes the object. */
	void complete() {
		if (this.filled > 0 || this.parts.isEmpty()) {
			uploadPart();
		}
		this.s3.completeMultipartUpload((request) -> request.bucket(this.bucket)
			.key(this.key)
			.uploadId(this.uploadId)
			.multipartUpload((upload) -> upload.parts(this.parts)));
		this.completed = true;
	}

	/** The bytes uploaded so far. */
	long bytes() {
		return this.bytes;
	}

	/** Aborts the upload unless it completed. */
	@Override
	public void close() {
		if (this.completed || this.aborted) {
			return;
		}
		this.aborted = true;
		try {
			this.s3
				.abortMultipartUpload((request) -> request.bucket(this.bucket).key(this.key).uploadId(this.uploadId));
		}
		catch (RuntimeException ex) {
			// S3 would keep its parts (and bill them) until a lifecycle rule removes
			// incomplete uploads; the object itself never appears
			logger.warn("Could not abort the upload of {}: {}", this.key, ex.toString());
		}
	}

}
