package com.adtopaper.member.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One password-reset mail: its link's token stored hashed, usable once, until it expires.
 */
@Entity
@Table(name = "password_resets")
public class PasswordResetEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	protected PasswordResetEntity() {
	}

	public PasswordResetEntity(long accountId, String token, Instant now, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = Sha256.hex(token);
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	public long accountId() {
		return this.accountId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	public void use(Instant now) {
		this.usedAt = now;
	}

}
