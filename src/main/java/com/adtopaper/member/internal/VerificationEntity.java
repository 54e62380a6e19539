package com.adtopaper.member.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One verification mail: the link's token and the app's short code, stored as hashes
 * only, usable once, until they expire. The code is short, so it allows a few attempts.
 */
@Entity
@Table(name = "member_verifications")
public class VerificationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long memberId;

	private String tokenHash;

	private String codeHash;

	private int attempts;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	protected VerificationEntity() {
	}

	public VerificationEntity(long memberId, String token, String code, Instant now, Instant expiresAt) {
		this.memberId = memberId;
		this.tokenHash = Sha256.hex(token);
		this.codeHash = codeHash(memberId, code);
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	public static String codeHash(long memberId, String code) {
		return Sha256.hex(memberId + ":" + code.strip());
	}

	public long memberId() {
		return this.memberId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	/**
	 * One attempt with a code.
	 * @return true if it is this mail's code and the mail is still usable
	 */
	public boolean tryCode(String code, Instant now, int maxAttempts) {
		if (!usableAt(now) || this.attempts >= maxAttempts) {
			return false;
		}
		this.attempts++;
		return MessageDigest.isEqual(this.codeHash.getBytes(StandardCharsets.US_ASCII),
				codeHash(this.memberId, code).getBytes(StandardCharsets.US_ASCII));
	}

	public void use(Instant now) {
		this.usedAt = now;
	}

}
