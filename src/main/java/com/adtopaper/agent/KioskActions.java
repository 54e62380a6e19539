package com.adtopaper.agent;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the kiosk page asks of the printer API, and its answers in the few words the page
 * turns into sentences: {@code wrong-code}, {@code too-many} (with when to try again),
 * {@code printer-unavailable}, {@code unreachable}, {@code server-error}.
 */
final class KioskActions {

	private static final System.Logger log = System.getLogger(KioskActions.class.getName());

	private static final Pattern CODE = Pattern.compile("[0-9]{6}");

	private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** Wrong codes are throttled for minutes; a 429 without Retry-After waits one. */
	private static final long DEFAULT_RETRY_AFTER = 60;

	private final PrinterApi api;

	KioskActions(PrinterApi api) {
		this.api = api;
	}

	/**
	 * An answer to the page: JSON whose strings never hold {@code < > &}, so that a file
	 * name stays text wherever it ends up.
	 *
	 * @param status the HTTP status
	 * @param json the body
	 * @param retryAfter seconds to wait before the next try; 0 for none
	 */
	record Answer(int status, String json, long retryAfter) {

		Answer(int status, String json) {
			this(status, json, 0);
		}

		static Answer error(int status, String error) {
			return new Answer(status, "{\"error\":" + Json.quote(error) + "}");
		}

	}

	/** {@code {"code": "123456"}} from the page: the job released, or why not. */
	Answer release(String body) throws InterruptedException {
		Object code;
		try {
			code = Json.object(body).get("code");
		}
		catch (IllegalArgumentException ex) {
			code = null;
		}
		if (!(code instanceof String) || !CODE.matcher((String) code).matches()) {
			return Answer.error(400, "invalid-code");
		}
		HttpResponse<String> response;
		try {
			response = this.api.release((String) code);
		}
		catch (IOException ex) {
			log.log(Level.WARNING, "Kiosk: the server did not answer a release ({0})", ex.toString());
			return Answer.error(502, "unreachable");
		}
		switch (response.statusCode()) {
			case 200:
				Answer job = shown(response.body());
				log.log(Level.INFO, "Kiosk: a member released job {0}", Json.object(response.body()).get("id"));
				return job;
			case 400:
				return Answer.error(400, "invalid-code");
			case 404:
				return Answer.error(404, "wrong-code");
			case 409:
				return Answer.error(409, "printer-unavailable");
			case 429:
				long seconds = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
				return new Answer(429, "{\"error\":\"too-many\",\"retryAfter\":" + seconds + "}", seconds);
			default:
				log.log(Level.WARNING, "Kiosk: a release answered {0}: {1}", response.statusCode(), response.body());
				return Answer.error(502, "server-error");
		}
	}

	/** A job the kiosk released, as it prints. */
	Answer job(String id) throws InterruptedException {
		if (!JOB_ID.matcher(id).matches()) {
			return Answer.error(404, "not-found");
		}
		HttpResponse<String> response;
		try {
			response = this.api.job(id);
		}
		catch (IOException ex) {
			return Answer.error(502, "unreachable");
		}
		if (response.statusCode() == 200) {
			return shown(response.body());
		}
		if (response.statusCode() == 404) {
			return Answer.error(404, "not-found");
		}
		log.log(Level.WARNING, "Kiosk: job {0} answered {1}: {2}", id, response.statusCode(), response.body());
		return Answer.error(502, "server-error");
	}

	private static Answer shown(String serverJson) {
		Map<String, @Nullable Object> job = Json.object(serverJson);
		String json = "{\"id\":" + Json.quote(text(job, "id")) + ",\"status\":" + Json.quote(text(job, "status"))
				+ ",\"documentName\":" + Json.quote(text(job, "documentName")) + ",\"sides\":" + number(job, "sides")
				+ ",\"copies\":" + number(job, "copies") + ",\"duplex\":" + Boolean.TRUE.equals(job.get("duplex"))
				+ ",\"pagesPrinted\":" + number(job, "pagesPrinted") + "}";
		// only strings hold these: their escapes are the same JSON
		return new Answer(200, json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
	}

	private static String text(Map<String, @Nullable Object> json, String name) {
		Object value = json.get(name);
		return (value instanceof String) ? (String) value : "";
	}

	private static int number(Map<String, @Nullable Object> json, String name) {
		Object value = json.get(name);
		return (value instanceof Number) ? ((Number) value).intValue() : 0;
	}

	static long retryAfter(@Nullable String header) {
		try {
			return (header != null) ? Math.max(1, Long.parseLong(header.strip())) : DEFAULT_RETRY_AFTER;
		}
		catch (NumberFormatException ex) {
			return DEFAULT_RETRY_AFTER;
		}
	}

}
