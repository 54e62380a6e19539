package com.adtopaper.platform.blob;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param store {@code local} (the embedded default) or {@code s3}
 * @param localDirectory where the local store keeps public files (creatives), served
 * under {@code /blobs/}
 * @param privateDirectory where the local store keeps members' files; served by nothing
 * but signed links
 * @param linkSecret the local store's key for signed links (base64, at least 32 bytes);
 * without it a random one, so links die with the process
 * @param publicBaseUrl the CDN's base URL in production; {@code /blobs/} locally
 * @param s3 the public S3 bucket, behind the CDN
 * @param privateS3 the private S3 bucket (members' documents and print jobs): no public
 * access, no CDN; same region, endpoint and credentials as {@code s3}
 */
@Validated
@ConfigurationProperties("adtopaper.blobs")
record BlobSettings(@DefaultValue("local") String store, @DefaultValue("./data/blobs") String localDirectory,
		@DefaultValue("./data/private-blobs") String privateDirectory, @Nullable String linkSecret,
		@DefaultValue("/blobs/") String publicBaseUrl, @DefaultValue S3 s3, @DefaultValue PrivateS3 privateS3) {

	/**
	 * @param bucket the private bucket; never the public one
	 */
	record PrivateS3(@Nullable String bucket) {
	}

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
