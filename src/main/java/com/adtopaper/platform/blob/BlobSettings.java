package com.adtopaper.platform.blob;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param store {@code local} (the embedded default) or {@code s3}
 * @param localDirectory where the local store keeps files
 * @param publicBaseUrl the CDN's base URL in production; {@code /blobs/} locally
 * @param s3 the S3 bucket
 */
@Validated
@ConfigurationProperties("adtopaper.blobs")
record BlobSettings(@DefaultValue("local") String store, @DefaultValue("./data/blobs") String localDirectory,
		@DefaultValue("/blobs/") String publicBaseUrl, @DefaultValue S3 s3) {

	/**
	 * @param bucket the bucket
	 * @param region its region
	 * @param endpoint another endpoint than AWS's (S3Mock in tests)
	 * @param accessKeyId a fixed key (S3Mock in tests); without it the SDK's default
	 * chain (the instance's role in production)
	 * @param secretAccessKey its secret
	 */
	record S3(@Nullable String bucket, @Nullable String region, @Nullable String endpoint, @Nullable String accessKeyId,
			@Nullable String secretAccessKey) {
	}

}
