package com.adtopaper.member.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One refresh token, stored as its SHA-256 only. Tokens rotate: each use marks the token
 * used and issues the next one of the same family; a used token presented again means it
 * leaked, and the whole family is revoked.
 */
@Entity
@Table(name = "refresh_tokens")
public class RefreshTokenEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String tokenHash;

	private String family;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	private @Nullable Instant revokedAt;

	protected RefreshTokenEntity() {
	}

	public RefreshTokenEntity(long accountId, String tokenHash, String family, Instant now, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.family = family;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	public long accountId() {
		return this.accountId;
	}

	public String family() {
		return this.family;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

	public boolean wasUsed() {
		return this.usedAt != null;
	}

	public boolean usableAt(Instant now) {
		return this.usedAt == null && this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	public void use(Instant now) {
		this.usedAt = now;
	}

}
