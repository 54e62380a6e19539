package com.adtopaper.member;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import com.adtopaper.member.MemberExceptions.InvalidRefreshToken;
import com.adtopaper.member.internal.AccountEntity;
import com.adtopaper.member.internal.AccountRepository;
import com.adtopaper.member.internal.MemberSettings;
import com.adtopaper.member.internal.RefreshTokenEntity;
import com.adtopaper.member.internal.RefreshTokenRepository;
import com.adtopaper.member.internal.Sha256;
import com.adtopaper.platform.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Long-lived, revocable refresh tokens for the app. Each is usable once: using it returns
 * the next token of its family. A token used twice means it was stolen, so the family is
 * revoked and both holders must log in again.
 */
@Service
@Transactional
public class RefreshTokens {

	/**
	 * A refresh token just issued.
	 *
	 * @param token the opaque token, shown to the client once
	 * @param accountId whose it is
	 * @param role the account's role
	 * @param expiresAt when it stops working if unused
	 */
	public record Issued(String token, long accountId, Role role, Instant expiresAt) {

		@Override
		public String toString() {
			return "RefreshTokens.Issued[account " + this.accountId + "]";
		}

	}

	private static final SecureRandom random = new SecureRandom();

	private final RefreshTokenRepository tokens;

	private final AccountRepository accounts;

	private final MemberSettings settings;

	private final Clock clock;

	RefreshTokens(RefreshTokenRepository tokens, AccountRepository accounts, MemberSettings settings, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	public Issued issue(long accountId) {
		AccountEntity account = this.accounts.findById(accountId).orElseThrow(InvalidRefreshToken::new);
		return issue(account, UUID.randomUUID().toString());
	}

	/**
	 * Trades a refresh token for the next one.
	 * @throws InvalidRefreshToken if it is unknown, expired, revoked or already used
	 */
	@Transactional(noRollbackFor = InvalidRefreshToken.class)
	public Issued rotate(String token) {
		Instant now = this.clock.instant();
		RefreshTokenEntity current = this.tokens.findByTokenHash(Sha256.hex(token))
			.orElseThrow(InvalidRefreshToken::new);
		if (current.wasUsed()) {
			this.tokens.revokeFamily(current.family(), now);
		}
		AccountEntity account = this.accounts.findById(current.accountId()).orElseThrow(InvalidRefreshToken::new);
		if (!current.usableAt(now) || !account.enabled()) {
			throw new InvalidRefreshToken();
		}
		current.use(now);
		return issue(account, current.family());
	}

	/** Logs the token's family out; unknown tokens are ignored. */
	public void revoke(String token) {
		this.tokens.findByTokenHash(Sha256.hex(token))
			.ifPresent((current) -> this.tokens.revokeFamily(current.family(), this.clock.instant()));
	}

	private Issued issue(AccountEntity account, String family) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.settings.refreshTokenTtl());
		this.tokens.save(new RefreshTokenEntity(account.id(), Sha256.hex(token), family, now, expiresAt));
		return new Issued(token, account.id(), account.role(), expiresAt);
	}

}
