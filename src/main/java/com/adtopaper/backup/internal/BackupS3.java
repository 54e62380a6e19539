package com.adtopaper.backup.internal;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The backups' S3 client, for the job and the restore command alike. */
final class BackupS3 {

	private BackupS3() {
	}

	static S3Client client(String region, @Nullable String endpoint, @Nullable String accessKeyId,
			@Nullable String secretAccessKey) {
		S3ClientBuilder builder = S3Client.builder().region(Region.of(region));
		if (hasText(accessKeyId) && hasText(secretAccessKey)) {
			builder.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		if (hasText(endpoint)) {
			// S3Mock and other S3-compatible stores: path-style addresses
			builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
		}
		return builder.build();
	}

	static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
