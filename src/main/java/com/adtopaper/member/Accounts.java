package com.adtopaper.member;

import java.time.Clock;
import java.util.Optional;

import com.adtopaper.member.MemberExceptions.EmailAlreadyRegistered;
import com.adtopaper.member.MemberExceptions.NoSuchMember;
import com.adtopaper.member.MemberExceptions.WrongPassword;
import com.adtopaper.member.internal.AccountEntity;
import com.adtopaper.member.internal.AccountRepository;
import com.adtopaper.member.internal.EmailAddresses;
import com.adtopaper.member.internal.RefreshTokenRepository;
import com.adtopaper.platform.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credentials of every account, whatever its role. Members get theirs through
 * {@link Members#register}; advertisers, partners and operators through this facade (an
 * operator's invitation, or the demo data).
 */
@Service
@Transactional
public class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final RefreshTokenRepository refreshTokens;

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			RefreshTokenRepository refreshTokens, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.refreshTokens = refreshTokens;
		this.events = events;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates an account.
	 * @throws EmailAlreadyRegistered if the e-mail is taken
	 */
	public Account create(String email, String password, String name, Role role) {
		return createEntity(email, password, name, role).toAccount();
	}

	/**
	 * Whether {@code password} is the account's: asked again before a change that matters
	 * (a partner's bank account). False for an unknown or blocked account.
	 */
	@Transactional(readOnly = true)
	public boolean passwordMatches(long accountId, String password) {
		return this.accounts.findById(accountId)
			.map(AccountEntity::toPrincipal)
			.filter((principal) -> principal.isEnabled() && principal.getPassword() != null
					&& this.passwordEncoder.matches(password, principal.getPassword()))
			.isPresent();
	}

	/** What bcrypt reads of a password. */
	public static final int MAX_PASSWORD_BYTES = 72;

	/**
	 * Changes the password of a signed-in account, which gives its current one again. Its
	 * refresh tokens stay (the change is theirs); reset links it had are of no use now.
	 * @throws WrongPassword if {@code current} is not the account's password
	 * @throws MemberExceptions.InvalidProfile if the new password is not 8 to 128
	 * characters (at most 72 bytes)
	 */
	public void changePassword(long accountId, String current, String next) {
		if (!passwordMatches(accountId, current)) {
			throw new WrongPassword();
		}
		checkPassword(next);
		this.accounts.findById(accountId).orElseThrow().changePassword(this.passwordEncoder.encode(next));
	}

	/** A password the rules take: 8 to 128 characters, at most 72 bytes in UTF-8. */
	static void checkPassword(String password) {
		int length = password.codePointCount(0, password.length());
		if (length < 8 || length > 128) {
			throw new MemberExceptions.InvalidProfile("password", "A password has 8 to 128 characters.",
					"problem.member.password-length");
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new MemberExceptions.InvalidProfile("password",
					"A password takes at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8.",
					"problem.member.password-bytes", Integer.toString(MAX_PASSWORD_BYTES));
		}
	}

	AccountEntity createEntity(String email, String password, String name, Role role) {
		String normalized = EmailAddresses.normalize(email);
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			// bcrypt reads 72 bytes; a longer password would be refused by the encoder as
			// a 500
			throw new MemberExceptions.InvalidProfile("password",
					"A password takes at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8.",
					"problem.member.password-bytes", Integer.toString(MAX_PASSWORD_BYTES));
		}
		if (this.accounts.existsByEmail(normalized)) {
			throw new EmailAlreadyRegistered();
		}
		try {
			return this.accounts.saveAndFlush(new AccountEntity(normalized, this.passwordEncoder.encode(password), role,
					name.trim(), this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// two sign-ups with one e-mail at the same moment: the unique key decides
			throw new EmailAlreadyRegistered();
		}
	}

	/**
	 * Blocks an account found abusing: it can no longer log in or refresh, and its access
	 * tokens are refused from the next request on, on every node (the bearer-token check
	 * reads the account's state through the query cache, which a write invalidates).
	 * @throws NoSuchMember if there is no such account
	 */
	public Account block(long accountId) {
		AccountEntity account = this.accounts.findById(accountId).orElseThrow(() -> new NoSuchMember(accountId));
		if (account.enabled()) {
			account.enable(false);
			this.refreshTokens.revokeAccount(accountId, this.clock.instant());
			this.events.publishEvent(new AccountBlocked(accountId, this.clock.instant()));
		}
		return account.toAccount();
	}

	/** Lets a blocked account log in again (its old tokens stay revoked). */
	public Account unblock(long accountId) {
		AccountEntity account = this.accounts.findById(accountId).orElseThrow(() -> new NoSuchMember(accountId));
		account.enable(true);
		return account.toAccount();
	}

	/**
	 * Whether the account may use the service now: it exists and is not blocked. Asked on
	 * every bearer-token request; the read goes through the query cache.
	 */
	@Transactional(readOnly = true)
	public boolean isActive(long accountId) {
		return this.accounts.findById(accountId).map(AccountEntity::enabled).orElse(false);
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(long id) {
		return this.accounts.findById(id).map(AccountEntity::toAccount);
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByEmail(String email) {
		return this.accounts.findByEmail(EmailAddresses.normalize(email)).map(AccountEntity::toAccount);
	}

}
