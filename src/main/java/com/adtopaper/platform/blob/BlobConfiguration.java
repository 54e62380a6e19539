package com.adtopaper.platform.blob;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class BlobConfiguration {

	@Bean
	BlobStore blobStore(BlobSettings settings) {
		if ("s3".equals(settings.store())) {
			BlobSettings.S3 s3 = s3(settings);
			return new S3BlobStore(client(s3), s3.bucket(), settings.publicBaseUrl());
		}
		return new LocalBlobStore(Path.of(settings.localDirectory()), settings.publicBaseUrl());
	}

	@Bean
	PrivateBlobStore privateBlobStore(BlobSettings settings, Clock clock) {
		if ("s3".equals(settings.store())) {
			BlobSettings.S3 s3 = s3(settings);
			String bucket = settings.privateS3().bucket();
			if (bucket == null || bucket.isBlank()) {
				throw new IllegalStateException("adtopaper.blobs.private-s3.bucket must be set");
			}
			if (bucket.equals(s3.bucket())) {
				throw new IllegalStateException(
						"adtopaper.blobs.private-s3.bucket must not be the public bucket (adtopaper.blobs.s3.bucket)");
			}
			S3Presigner.Builder presigner = S3Presigner.builder()
				.region(Region.of(s3.region()))
				.credentialsProvider(credentials(s3));
			if (s3.endpoint() != null) {
				presigner.endpointOverride(URI.create(s3.endpoint()))
					.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
			}
			return new S3PrivateBlobStore(client(s3), presigner.build(), bucket);
		}
		Path publicRoot = Path.of(settings.localDirectory()).toAbsolutePath().normalize();
		Path privateRoot = Path.of(settings.privateDirectory()).toAbsolutePath().normalize();
		if (privateRoot.startsWith(publicRoot) || publicRoot.startsWith(privateRoot)) {
			throw new IllegalStateException("adtopaper.blobs.private-directory must lie outside "
					+ "adtopaper.blobs.local-directory, which is served to everyone");
		}
		byte[] secret;
		if (settings.linkSecret() != null && !settings.linkSecret().isBlank()) {
			secret = Base64.getDecoder().decode(settings.linkSecret());
		}
		else {
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		return new LocalPrivateBlobStore(privateRoot, new LinkSigner(secret, clock));
	}

	private static BlobSettings.S3 s3(BlobSettings settings) {
		BlobSettings.S3 s3 = settings.s3();
		if (s3.bucket() == null || s3.region() == null) {
			throw new IllegalStateException("adtopaper.blobs.s3.bucket and adtopaper.blobs.s3.region must be set");
		}
		return s3;
	}

	private static S3Client client(BlobSettings.S3 s3) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(s3.region()))
			.credentialsProvider(credentials(s3));
		if (s3.endpoint() != null) {
			// S3Mock and other S3-compatible stores answer on one host: path-style
			// addresses
			builder.endpointOverride(URI.create(s3.endpoint())).forcePathStyle(true);
		}
		return builder.build();
	}

	private static AwsCredentialsProvider credentials(BlobSettings.S3 s3) {
		if (s3.accessKeyId() != null && s3.secretAccessKey() != null) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKeyId(), s3.secretAccessKey()));
		}
		return DefaultCredentialsProvider.builder().build();
	}

	/**
	 * The local store's public files, served like a CDN would: public, cached, immutable
	 * keys. Members' files are in another folder, which this never reaches.
	 */
	@Bean
	@ConditionalOnProperty(name = "adtopaper.blobs.store", havingValue = "local", matchIfMissing = true)
	WebMvcConfigurer localBlobs(BlobSettings settings) {
		return new WebMvcConfigurer() {
			@Override
			public void addResourceHandlers(ResourceHandlerRegistry registry) {
				registry.addResourceHandler("/blobs/**")
					.addResourceLocations(Path.of(settings.localDirectory()).toAbsolutePath().toUri().toString() + "/")
					.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
			}
		};
	}

}
