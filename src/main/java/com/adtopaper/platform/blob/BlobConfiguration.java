package com.adtopaper.platform.blob;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

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
			BlobSettings.S3 s3 = settings.s3();
			if (s3.bucket() == null || s3.region() == null) {
				throw new IllegalStateException("adtopaper.blobs.s3.bucket and adtopaper.blobs.s3.region must be set");
			}
			S3ClientBuilder builder = S3Client.builder().region(Region.of(s3.region()));
			if (s3.endpoint() != null) {
				// S3Mock and other S3-compatible stores answer on one host: path-style
				// addresses
				builder.endpointOverride(URI.create(s3.endpoint())).forcePathStyle(true);
			}
			if (s3.accessKeyId() != null && s3.secretAccessKey() != null) {
				builder.credentialsProvider(StaticCredentialsProvider
					.create(AwsBasicCredentials.create(s3.accessKeyId(), s3.secretAccessKey())));
			}
			return new S3BlobStore(builder.build(), s3.bucket(), settings.publicBaseUrl());
		}
		return new LocalBlobStore(Path.of(settings.localDirectory()), settings.publicBaseUrl());
	}

	/**
	 * The local store's files, served like a CDN would: public, cached, immutable keys.
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
