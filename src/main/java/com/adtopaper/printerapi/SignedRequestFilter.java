package com.adtopaper.printerapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.adtopaper.platform.web.ProblemResponses;
import com.adtopaper.printing.PrinterKey;
import com.adtopaper.printing.Printers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Verifies a printer's signed request (docs/printer-api.md, "Signing"): the key is known,
 * the HMAC over the canonical request matches, the timestamp is recent and the nonce new.
 * The body is read whole to be hashed, then handed on to the controller as it was.
 */
class SignedRequestFilter extends OncePerRequestFilter {

	static final String KEY = "X-Printer-Key";

	static final String TIMESTAMP = "X-Printer-Timestamp";

	static final String NONCE = "X-Printer-Nonce";

	static final String SIGNATURE = "X-Printer-Signature";

	private static final Pattern NONCE_FORMAT = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	private static final Pattern TIMESTAMP_FORMAT = Pattern.compile("-?[0-9]{1,12}");

	private final Printers printers;

	private final Nonces nonces;

	private final ProblemResponses problems;

	private final SecurityContextRepository contexts;

	private final Clock clock;

	private final Duration skew;

	private final int maxBody;

	private final String unknownKeySecret = UUID.randomUUID().toString();

	SignedRequestFilter(Printers printers, Nonces nonces, ProblemResponses problems, SecurityContextRepository contexts,
			Clock clock, PrinterApiSettings settings) {
		this.printers = printers;
		this.nonces = nonces;
		this.problems = problems;
		this.contexts = contexts;
		this.clock = clock;
		this.skew = settings.clockSkew();
		this.maxBody = Math.toIntExact(settings.maxBody().toBytes());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String keyId = request.getHeader(KEY);
		String timestamp = request.getHeader(TIMESTAMP);
		String nonce = request.getHeader(NONCE);
		String signature = request.getHeader(SIGNATURE);
		if (keyId == null || timestamp == null || nonce == null || signature == null) {
			unauthorized(request, response, "The request is not signed: the headers " + KEY + ", " + TIMESTAMP + ", "
					+ NONCE + " and " + SIGNATURE + " are required.");
			return;
		}
		if (!NONCE_FORMAT.matcher(nonce).matches()) {
			unauthorized(request, response, NONCE + " must have 16 to 64 characters of A-Z, a-z, 0-9, _ and -.");
			return;
		}
		if (!TIMESTAMP_FORMAT.matcher(timestamp).matches()) {
			unauthorized(request, response, TIMESTAMP + " must be seconds since the epoch.");
			return;
		}
		if (request.getContentLengthLong() > this.maxBody) {
			tooLarge(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBody + 1);
		if (body.length > this.maxBody) {
			tooLarge(request, response);
			return;
		}
		Optional<PrinterKey> key = this.printers.key(keyId);
		// an unknown key is checked against a secret of no printer, so that neither the
		// answer nor its time tells an outsider which keys exist
		byte[] expected = sign(key.map(PrinterKey::secret).orElse(this.unknownKeySecret),
				canonical(request, timestamp, nonce, body));
		if (!MessageDigest.isEqual(expected, decode(signature)) || key.isEmpty()) {
			unauthorized(request, response, "The signature does not match the request: the key is unknown (renewed, "
					+ "or never issued) or the request was not signed with its secret.");
			return;
		}
		long age = this.clock.instant().getEpochSecond() - Long.parseLong(timestamp);
		if (Math.abs(age) > this.skew.toSeconds()) {
			unauthorized(request, response, "The timestamp is " + Math.abs(age) + " s from the server's clock; at most "
					+ this.skew.toSeconds() + " s is accepted. Check the clock of the printer's PC.");
			return;
		}
		if (!this.nonces.firstUse(keyId, nonce)) {
			unauthorized(request, response, "The nonce was used already: a request is never sent twice.");
			return;
		}
		var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(new PrinterAuthentication(new PrinterPrincipal(key.get().printerId(), keyId)));
		SecurityContextHolder.getContextHolderStrategy().setContext(context);
		// kept on the request, so that the dispatch of a long poll's answer is
		// authenticated
		this.contexts.saveContext(context, request, response);
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	/** The five lines of the canonical request, joined by newlines. */
	static String canonical(HttpServletRequest request, String timestamp, String nonce, byte[] body) {
		String query = request.getQueryString();
		String target = request.getRequestURI() + ((query != null) ? "?" + query : "");
		return canonical(request.getMethod(), target, timestamp, nonce, body);
	}

	static String canonical(String method, String target, String timestamp, String nonce, byte[] body) {
		return String.join("\n", method, target, timestamp, nonce, HexFormat.of().formatHex(sha256(body)));
	}

	static byte[] sign(String secret, String canonical) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
		}
	}

	private static byte[] sha256(byte[] body) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static byte[] decode(String signature) {
		try {
			return Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	private void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
			throws IOException {
		response.setHeader("WWW-Authenticate", "PrinterSignature");
		this.problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than " + this.maxBody + " bytes.");
	}

}
