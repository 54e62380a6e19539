package com.adtopaper.member;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.adtopaper.member.MemberExceptions.InvalidPasswordReset;
import com.adtopaper.member.internal.AccountEntity;
import com.adtopaper.member.internal.AccountRepository;
import com.adtopaper.member.internal.EmailAddresses;
import com.adtopaper.member.internal.PasswordResetEntity;
import com.adtopaper.member.internal.PasswordResetRepository;
import com.adtopaper.member.internal.RefreshTokenRepository;
import com.adtopaper.member.internal.Sha256;
import com.adtopaper.member.internal.VerificationMails;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password, reset through a link mailed to the account's address: the link
 * works once, for {@link #TTL}, and its token is stored hashed only. Asking tells nothing
 * about whether an address has an account: the caller answers every address the same.
 * Called by the site's forgot-password pages.
 */
@Service
@Transactional
public class PasswordResets {

	/** How long a reset link works. */
	public static final Duration TTL = Duration.ofMinutes(30);

	private static final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final PasswordResetRepository resets;

	private final RefreshTokenRepository refreshTokens;

	private final VerificationMails mails;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	PasswordResets(AccountRepository accounts, PasswordResetRepository resets, RefreshTokenRepository refreshTokens,
			VerificationMails mails, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.resets = resets;
		this.refreshTokens = refreshTokens;
		this.mails = mails;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Mails a reset link to the address if an account that may log in has it; does
	 * nothing otherwise, nor within a minute of the last mail (a button pressed over and
	 * over sends one).
	 */
	public void request(String email) {
		Optional<AccountEntity> found = this.accounts.findByEmail(EmailAddresses.normalize(email))
			.filter(AccountEntity::enabled);
		if (found.isEmpty()) {
			return;
		}
		AccountEntity account = found.get();
		Instant now = this.clock.instant();
		if (this.resets.findByAccountIdAndUsedAtIsNullOrderByIdDesc(account.id())
			.stream()
			.anyMatch((earlier) -> earlier.createdAt().isAfter(now.minusSeconds(60)))) {
			return;
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.resets.save(new PasswordResetEntity(account.id(), token, now, now.plus(TTL)));
		this.mails.sendPasswordReset(account.email(), account.displayName(), token, TTL.toMinutes());
	}

	/** Whether the link with this token would still set a password. */
	@Transactional(readOnly = true)
	public boolean usable(String token) {
		return this.resets.existsByTokenHashAndUsedAtIsNullAndExpiresAtAfter(Sha256.hex(token.strip()),
				this.clock.instant());
	}

	/**
	 * Sets the account's new password and uses the link up, with every other reset link
	 * of the account; the account's refresh tokens are revoked (whoever knew the old
	 * password is signed out of the app).
	 * @throws InvalidPasswordReset if the token is unknown, expired or used
	 * @throws MemberExceptions.InvalidProfile if the password is not one the rules take
	 */
	public long reset(String token, String newPassword) {
		Instant now = this.clock.instant();
		PasswordResetEntity reset = usableReset(token, now).orElseThrow(InvalidPasswordReset::new);
		AccountEntity account = this.accounts.findById(reset.accountId())
			.filter(AccountEntity::enabled)
			.orElseThrow(InvalidPasswordReset::new);
		Accounts.checkPassword(newPassword);
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.resets.findByAccountIdAndUsedAtIsNullOrderByIdDesc(account.id()).forEach((other) -> other.use(now));
		this.refreshTokens.revokeAccount(account.id(), now);
		return account.id();
	}

	private Optional<PasswordResetEntity> usableReset(String token, Instant now) {
		return this.resets.findByTokenHash(Sha256.hex(token.strip())).filter((found) -> found.usableAt(now));
	}

}
