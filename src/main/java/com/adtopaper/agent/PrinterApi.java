package com.adtopaper.agent;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The printer API of {@code docs/printer-api.md}, every request signed. Network errors,
 * 5xx, 429 and 401 (a clock off, a key renewed while the operator fixes the settings) are
 * retried with backoff until they pass: a report that never reaches the server leaves the
 * member's points held.
 */
final class PrinterApi {

	private static final System.Logger log = System.getLogger(PrinterApi.class.getName());

	private final URI server;

	private final RequestSigner signer;

	private final HttpClient http;

	PrinterApi(URI server, RequestSigner signer, HttpClient http) {
		this.server = server;
		this.signer = signer;
		this.http = http;
	}

	/** One heartbeat, not retried: the next one comes soon. */
	void heartbeat(PrinterHealth health) throws IOException, InterruptedException {
		HttpResponse<String> response = send("POST", "/printer/v1/heartbeat", health.json(), Duration.ofSeconds(30),
				BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("Heartbeat answered " + response.statusCode() + ": " + response.body());
		}
	}

	/** Waits up to {@code wait} on the server for a job released to this printer. */
	Optional<AgentJob> nextJob(Duration wait) throws InterruptedException {
		HttpResponse<String> response = retried("GET", "/printer/v1/jobs/next?wait=" + wait.toSeconds(), null,
				wait.plusSeconds(30), BodyHandlers.ofString());
		if (response.statusCode() == 200) {
			return Optional.of(AgentJob.of(Json.object(response.body())));
		}
		if (response.statusCode() != 204) {
			log.log(Level.WARNING, "Polling for jobs answered {0}: {1}", response.statusCode(), response.body());
		}
		return Optional.empty();
	}

	/**
	 * The job's PDF in a temporary file; empty if the job is no longer this printer's.
	 */
	Optional<Path> download(AgentJob job) throws IOException, InterruptedException {
		Path file = Files.createTempFile("adtopaper-job-", ".pdf");
		HttpResponse<Path> response = retried("GET", "/printer/v1/jobs/" + job.id() + "/document", null,
				Duration.ofMinutes(10), BodyHandlers.ofFile(file));
		if (response.statusCode() != 200) {
			log.log(Level.WARNING, "Job {0}: its document answered {1}", job.id(), response.statusCode());
			Files.deleteIfExists(file);
			return Optional.empty();
		}
		return Optional.of(file);
	}

	/** Sides printed so far; a 409 (the same count again, after a retry) is fine. */
	void progress(String jobId, int pagesPrinted) throws InterruptedException {
		report(jobId, "progress", "{\"pagesPrinted\":" + pagesPrinted + "}");
	}

	void complete(String jobId, int pagesPrinted) throws InterruptedException {
		report(jobId, "complete", "{\"pagesPrinted\":" + pagesPrinted + "}");
	}

	/**
	 * The job failed: {@code code} (of {@link FailureCode}) is what the member is shown,
	 * or none if the agent cannot tell; {@code reason}, the printer's words, is kept for
	 * partners and operators.
	 */
	void fail(String jobId, int pagesPrinted, @Nullable String code, String reason) throws InterruptedException {
		String why = (reason.length() > 200) ? reason.substring(0, 200) : reason;
		report(jobId, "fail", "{\"pagesPrinted\":" + pagesPrinted
				+ ((code != null) ? ",\"code\":" + Json.quote(code) : "") + ",\"reason\":" + Json.quote(why) + "}");
	}

	/**
	 * A release code typed at the kiosk, passed on once: the server's answer as it is
	 * (the member at the printer is told at once, and tries again if they like).
	 */
	HttpResponse<String> release(String code) throws IOException, InterruptedException {
		return send("POST", "/printer/v1/release", "{\"code\":" + Json.quote(code) + "}", Duration.ofSeconds(15),
				BodyHandlers.ofString());
	}

	/** A job released to this printer, as the kiosk follows it; the answer as it is. */
	HttpResponse<String> job(String jobId) throws IOException, InterruptedException {
		return send("GET", "/printer/v1/jobs/" + jobId, null, Duration.ofSeconds(15), BodyHandlers.ofString());
	}

	private void report(String jobId, String what, String body) throws InterruptedException {
		HttpResponse<String> response = retried("POST", "/printer/v1/jobs/" + jobId + "/" + what, body,
				Duration.ofSeconds(30), BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			log.log(Level.WARNING, "Job {0}: {1} answered {2}: {3}", jobId, what, response.statusCode(),
					response.body());
		}
	}

	private <T> HttpResponse<T> retried(String method, String pathAndQuery, @Nullable String body, Duration timeout,
			BodyHandler<T> handler) throws InterruptedException {
		Backoff backoff = new Backoff();
		while (true) {
			try {
				HttpResponse<T> response = send(method, pathAndQuery, body, timeout, handler);
				int status = response.statusCode();
				if (status < 500 && status != 429 && status != 401) {
					return response;
				}
				log.log(Level.WARNING, "{0} {1} answered {2}; trying again", method, pathAndQuery, status);
			}
			catch (IOException ex) {
				log.log(Level.WARNING, "{0} {1} failed ({2}); trying again", method, pathAndQuery, ex.toString());
			}
			backoff.sleep();
		}
	}

	private <T> HttpResponse<T> send(String method, String pathAndQuery, @Nullable String body, Duration timeout,
			BodyHandler<T> handler) throws IOException, InterruptedException {
		URI uri = URI.create(this.server + pathAndQuery);
		String signedPath = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.headers(this.signer.headers(method, signedPath, bytes).toArray(String[]::new))
			.method(method, (body != null) ? BodyPublishers.ofByteArray(bytes) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), handler);
	}

}
