package com.adtopaper.member;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' second factor: RFC 6238 time-based one-time codes (SHA-1, 6 digits, 30 s,
 * what every authenticator app reads from a QR code). The library makes secrets, codes
 * and the QR code; which steps are accepted is decided here, because it must also refuse
 * a code used once already (RFC 6238 §5.2), which the library's verifier cannot: a code
 * is accepted for the current step or the one either side of it, and only for a step
 * after the last one accepted.
 */
@Service
public class SecondFactors {

	static final int PERIOD_SECONDS = 30;

	/** Wrong codes in a row before the factor refuses every code for {@link #LOCK}. */
	public static final int MAX_FAILURES = 10;

	public static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	SecondFactors(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the account has a second factor set up. */
	@Transactional(readOnly = true)
	public boolean enrolled(long accountId) {
		return secret(accountId).isPresent();
	}

	/** A new random secret (base32, 160 bits) for an operator to enrol with. */
	public String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/**
	 * The QR code an authenticator app scans, as a {@code data:} URI for an image.
	 * @param secret the secret
	 * @param email the account it is for (the app's label)
	 * @return the image
	 */
	public String qrCode(String secret, String email) {
		QrData data = new QrData.Builder().label(email)
			.secret(secret)
			.issuer("AdToPaper")
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build();
		try {
			var generator = new ZxingPngQrGenerator();
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("The QR code could not be drawn", ex);
		}
	}

	/**
	 * Sets up the account's second factor, if the code proves the operator's app holds
	 * the secret; an account enrolls once (an operator's factor is reset by removing its
	 * row, by another operator).
	 * @param accountId the account
	 * @param secret the secret shown to them
	 * @param code the code their app shows now
	 * @return whether it was set up
	 */
	@Transactional
	public boolean enrol(long accountId, String secret, String code) {
		if (enrolled(accountId)) {
			return false;
		}
		long step = matchingStep(secret, code);
		if (step < 0) {
			return false;
		}
		this.jdbc.sql("insert into account_totp (account_id, secret, enrolled_at, last_step) values (?, ?, ?, ?)")
			.params(accountId, secret, LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), step)
			.update();
		return true;
	}

	/**
	 * Checks a code of the account's second factor, and uses it up. After
	 * {@link #MAX_FAILURES} wrong codes in a row every code is refused for {@link #LOCK},
	 * so that guessing the six digits, with the password known, takes years rather than
	 * hours.
	 * @param accountId the account
	 * @param code what the operator typed
	 * @return whether it is right and was not used before
	 */
	@Transactional
	public boolean verify(long accountId, String code) {
		Optional<String> secret = secret(accountId);
		if (secret.isEmpty()) {
			return false;
		}
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		long step = matchingStep(secret.get(), code);
		// the update is the check against replay and the lock: of two requests with one
		// code, one wins; while locked, none
		boolean right = step >= 0 && this.jdbc
			.sql("update account_totp set last_step = ?, failures = 0 where account_id = ? and last_step < ?"
					+ " and (locked_until is null or locked_until <= ?)")
			.params(step, accountId, step, now)
			.update() == 1;
		if (!right) {
			this.jdbc
				// locked_until first: MySQL and MariaDB assign left to right, each
				// expression seeing the columns assigned before it
				.sql("update account_totp set locked_until = case when failures + 1 >= ? then ? else locked_until end,"
						+ " failures = case when failures + 1 >= ? then 0 else failures + 1 end where account_id = ?")
				.params(MAX_FAILURES, now.plus(LOCK), MAX_FAILURES, accountId)
				.update();
		}
		return right;
	}

	/** The code of the secret at this moment (for the demo data and the tests). */
	public String currentCode(String secret) {
		return code(secret, this.clock.instant().getEpochSecond() / PERIOD_SECONDS);
	}

	private Optional<String> secret(long accountId) {
		return this.jdbc.sql("select secret from account_totp where account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional();
	}

	/** The step, of now and the one either side, whose code this is; -1 if none. */
	private long matchingStep(String secret, String typed) {
		String code = typed.replace(" ", "").trim();
		if (!code.matches("[0-9]{6}")) {
			return -1;
		}
		long now = this.clock.instant().getEpochSecond() / PERIOD_SECONDS;
		long found = -1;
		for (long step = now - 1; step <= now + 1; step++) {
			// constant time, and every step compared, so the time taken says nothing
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				found = step;
			}
		}
		return found;
	}

	private String code(String secret, long step) {
		try {
			return this.codes.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalArgumentException("Not a base32 secret", ex);
		}
	}

	/** Sets up a known secret without a code: the embedded default's demo operators. */
	@Transactional
	public void enrolDemo(long accountId, String secret) {
		if (!enrolled(accountId)) {
			this.jdbc.sql("insert into account_totp (account_id, secret, enrolled_at, last_step) values (?, ?, ?, 0)")
				.params(accountId, secret, LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.update();
		}
	}

}
