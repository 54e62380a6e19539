package com.adtopaper.member;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import com.adtopaper.member.MemberExceptions.InvalidVerification;
import com.adtopaper.member.MemberExceptions.NoSuchMember;
import com.adtopaper.member.internal.AccountEntity;
import com.adtopaper.member.internal.AccountRepository;
import com.adtopaper.member.internal.MemberEntity;
import com.adtopaper.member.internal.MemberRepository;
import com.adtopaper.member.internal.Sha256;
import com.adtopaper.member.internal.VerificationEntity;
import com.adtopaper.member.internal.VerificationMails;
import com.adtopaper.member.internal.VerificationRepository;
import com.adtopaper.member.internal.VerificationSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * School verification: a member proves they belong to their school by the link or the
 * code mailed to their school address, or an operator confirms it; until then they get no
 * points and cannot print. Called by the app's and the web's verification endpoints, the
 * operators' member admin, {@link Members} at sign-up, and printing (which refuses the
 * unverified).
 */
@Service
@Transactional
public class SchoolVerification {

	private static final SecureRandom random = new SecureRandom();

	private final AccountRepository accountRows;

	private final MemberRepository members;

	private final VerificationRepository verifications;

	private final VerificationMails mails;

	private final VerificationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SchoolVerification(AccountRepository accountRows, MemberRepository members, VerificationRepository verifications,
			VerificationMails mails, VerificationSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.accountRows = accountRows;
		this.members = members;
		this.verifications = verifications;
		this.mails = mails;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Mails the member a new link and code (the earlier ones keep working until they
	 * expire); does nothing for a member already verified, or within a minute of the last
	 * mail (a button pressed over and over sends one).
	 */
	public void sendVerification(long memberId) {
		MemberEntity member = member(memberId);
		if (member.verified()) {
			return;
		}
		Instant oneMinuteAgo = this.clock.instant().minusSeconds(60);
		if (this.verifications.findByMemberIdAndUsedAtIsNullOrderByIdDesc(memberId)
			.stream()
			.anyMatch((earlier) -> earlier.createdAt().isAfter(oneMinuteAgo))) {
			return;
		}
		AccountEntity account = this.accountRows.findById(memberId).orElseThrow(() -> new NoSuchMember(memberId));
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String code = String.format("%06d", random.nextInt(1_000_000));
		Instant now = this.clock.instant();
		this.verifications.save(new VerificationEntity(memberId, token, code, now, now.plus(this.settings.ttl())));
		this.mails.sendVerification(account.email(), account.displayName(), token, code);
	}

	/**
	 * Verifies the member whose mail had this link.
	 * @return the member verified
	 * @throws InvalidVerification if the token is unknown, expired or used
	 */
	public long verifyByLink(String token) {
		Instant now = this.clock.instant();
		VerificationEntity verification = this.verifications.findByTokenHash(Sha256.hex(token.strip()))
			.filter((found) -> found.usableAt(now))
			.orElseThrow(InvalidVerification::new);
		verification.use(now);
		verify(member(verification.memberId()), now);
		return verification.memberId();
	}

	/**
	 * Verifies the member by the code of one of their mails; each mail allows a few
	 * attempts.
	 * @throws InvalidVerification if no usable mail of theirs has this code
	 */
	@Transactional(noRollbackFor = InvalidVerification.class)
	public void verifyByCode(long memberId, String code) {
		MemberEntity member = member(memberId);
		if (member.verified()) {
			return;
		}
		Instant now = this.clock.instant();
		for (VerificationEntity verification : this.verifications
			.findByMemberIdAndUsedAtIsNullOrderByIdDesc(memberId)) {
			if (verification.tryCode(code, now, this.settings.maxCodeAttempts())) {
				verification.use(now);
				verify(member, now);
				return;
			}
		}
		throw new InvalidVerification();
	}

	/** An operator confirms that the member belongs to their school. */
	public void confirmSchool(long memberId) {
		verify(member(memberId), this.clock.instant());
	}

	/** Whether the member proved they belong to their school. */
	@Transactional(readOnly = true)
	public boolean isVerified(long memberId) {
		return this.members.findById(memberId).map(MemberEntity::verified).orElse(false);
	}

	/**
	 * Whether this account signed up and has not verified its school e-mail yet: it may
	 * not print. An account an operator made without a profile (no sign-up) does not
	 * wait.
	 */
	@Transactional(readOnly = true)
	public boolean awaitsVerification(long accountId) {
		return this.members.findById(accountId).map((member) -> !member.verified()).orElse(false);
	}

	private void verify(MemberEntity member, Instant now) {
		if (member.verify(now)) {
			this.events.publishEvent(new MemberVerified(member.id(), now));
		}
	}

	private MemberEntity member(long memberId) {
		return this.members.findById(memberId).orElseThrow(() -> new NoSuchMember(memberId));
	}

}
