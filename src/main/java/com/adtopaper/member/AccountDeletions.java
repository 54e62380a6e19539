package com.adtopaper.member;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.adtopaper.member.MemberExceptions.NoSuchMember;
import com.adtopaper.member.MemberExceptions.WrongPassword;
import com.adtopaper.member.internal.AccountEntity;
import com.adtopaper.member.internal.AccountRepository;
import com.adtopaper.member.internal.DeviceRepository;
import com.adtopaper.member.internal.MemberEntity;
import com.adtopaper.member.internal.MemberRepository;
import com.adtopaper.member.internal.PasswordResetRepository;
import com.adtopaper.member.internal.RefreshTokenRepository;
import com.adtopaper.member.internal.VerificationRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member deletes their account, as Korean privacy law (개인정보 보호법) lets them: what names
 * them is erased (e-mail, name, profile but the school, push devices, mails' links) and
 * {@link AccountDeleted} tells the other modules to erase theirs (documents). The
 * account's row stays, disabled and anonymous, for the records settlement with
 * advertisers and partners needs (points ledger, print jobs, impressions): they are kept
 * without the person. The account can no longer log in, refresh, or use an access token.
 * Called by the site's account page.
 */
@Service
@Transactional
public class AccountDeletions {

	private final Accounts accounts;

	private final AccountRepository accountRows;

	private final MemberRepository members;

	private final DeviceRepository devices;

	private final VerificationRepository verifications;

	private final PasswordResetRepository resets;

	private final RefreshTokenRepository refreshTokens;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountDeletions(Accounts accounts, AccountRepository accountRows, MemberRepository members,
			DeviceRepository devices, VerificationRepository verifications, PasswordResetRepository resets,
			RefreshTokenRepository refreshTokens, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.accountRows = accountRows;
		this.members = members;
		this.devices = devices;
		this.verifications = verifications;
		this.resets = resets;
		this.refreshTokens = refreshTokens;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Deletes the member's account, confirmed by their password.
	 * @throws WrongPassword if the password is not theirs
	 * @throws NoSuchMember if the account is no member's
	 */
	public void delete(long memberId, String password) {
		if (!this.accounts.passwordMatches(memberId, password)) {
			throw new WrongPassword();
		}
		MemberEntity member = this.members.findById(memberId).orElseThrow(() -> new NoSuchMember(memberId));
		AccountEntity account = this.accountRows.findById(memberId).orElseThrow(() -> new NoSuchMember(memberId));
		Instant now = this.clock.instant();
		member.anonymise();
		account.anonymise(this.passwordEncoder.encode(UUID.randomUUID().toString()), now);
		this.devices.deleteAll(this.devices.findByMemberIdOrderByIdAsc(memberId));
		this.verifications.deleteByMember(memberId);
		this.resets.deleteByAccount(memberId);
		this.refreshTokens.revokeAccount(memberId, now);
		this.events.publishEvent(new AccountDeleted(memberId, now));
	}

}
