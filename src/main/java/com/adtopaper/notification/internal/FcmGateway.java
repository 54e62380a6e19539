package com.adtopaper.notification.internal;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.adtopaper.member.PushTarget;
import com.google.auth.oauth2.GoogleCredentials;
import tools.jackson.databind.json.JsonMapper;

/**
 * FCM's HTTP v1 API over HTTP/2 with the JDK's client. (The Firebase Admin SDK does the
 * same with a thread per request and much more besides; one POST per push is all this
 * needs.) The bearer token comes from the service account's credentials, refreshed by
 * Google's auth library.
 */
final class FcmGateway implements PushGateway {

	private final HttpClient http;

	private final URI send;

	private final Supplier<String> token;

	private final Duration timeout;

	private final JsonMapper json;

	FcmGateway(PushSettings.Fcm settings, JsonMapper json) {
		if (settings.projectId() == null || settings.projectId().isBlank()) {
			throw new IllegalStateException("adtopaper.push.fcm.project-id is required when FCM is enabled");
		}
		this.send = URI.create(settings.endpoint() + "/v1/projects/" + settings.projectId() + "/messages:send");
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(Duration.ofSeconds(5));
		if (settings.trustedCertificate() != null) {
			http.sslContext(trusting(settings.trustedCertificate()));
		}
		this.http = http.build();
		this.token = tokens(settings);
		this.timeout = settings.timeout();
		this.json = json;
	}

	private static SSLContext trusting(String certificate) {
		try (var in = new FileInputStream(certificate)) {
			KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
			trusted.load(null, null);
			trusted.setCertificateEntry("fcm", CertificateFactory.getInstance("X.509").generateCertificate(in));
			var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trusted);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot trust " + certificate, ex);
		}
	}

	private static Supplier<String> tokens(PushSettings.Fcm settings) {
		if (settings.accessToken() != null) {
			String fixed = settings.accessToken();
			return () -> fixed;
		}
		if (settings.credentials() == null) {
			throw new IllegalStateException("adtopaper.push.fcm.credentials is required when FCM is enabled");
		}
		try (var in = new FileInputStream(settings.credentials())) {
			GoogleCredentials credentials = GoogleCredentials.fromStream(in)
				.createScoped(List.of("https://www.googleapis.com/auth/firebase.messaging"));
			return () -> {
				try {
					credentials.refreshIfExpired();
					return credentials.getAccessToken().getTokenValue();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			};
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the FCM credentials " + settings.credentials(), ex);
		}
	}

	@Override
	public CompletableFuture<PushResult> send(PushTarget target, PushMessage message) {
		String body = this.json.writeValueAsString(Map.of("message", Map.of("token", target.token(), "notification",
				Map.of("title", message.title(), "body", message.body()), "data", Map.of("kind", message.kind()))));
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(this.send)
				.timeout(this.timeout)
				.header("Authorization", "Bearer " + this.token.get())
				.header("Content-Type", "application/json; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		}
		catch (RuntimeException ex) {
			return CompletableFuture.completedFuture(PushResult.RETRY);
		}
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
			.handle((response, error) -> (error != null) ? PushResult.RETRY : result(response));
	}

	private static PushResult result(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 200) {
			return PushResult.DELIVERED;
		}
		if (status == 404 || response.body().contains("UNREGISTERED")
				|| (status == 400 && response.body().contains("registration token"))) {
			return PushResult.UNREGISTERED;
		}
		return (status == 429 || status >= 500) ? PushResult.RETRY : PushResult.REJECTED;
	}

	@Override
	public void close() {
		this.http.close();
	}

}
