package com.adtopaper.member;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.adtopaper.member.MemberExceptions.EmailAlreadyRegistered;
import com.adtopaper.member.MemberExceptions.InvalidDeviceToken;
import com.adtopaper.member.MemberExceptions.InvalidProfile;
import com.adtopaper.member.MemberExceptions.InvalidVerification;
import com.adtopaper.member.MemberExceptions.NoSuchDevice;
import com.adtopaper.member.MemberExceptions.NoSuchMember;
import com.adtopaper.member.MemberExceptions.NotASchoolEmail;
import com.adtopaper.member.MemberExceptions.UnknownSchool;
import com.adtopaper.member.internal.AccountEntity;
import com.adtopaper.member.internal.AccountRepository;
import com.adtopaper.member.internal.DeviceEntity;
import com.adtopaper.member.internal.DeviceRepository;
import com.adtopaper.member.internal.EmailAddresses;
import com.adtopaper.member.internal.MemberEntity;
import com.adtopaper.member.internal.MemberRepository;
import com.adtopaper.member.internal.Sha256;
import com.adtopaper.member.internal.VerificationEntity;
import com.adtopaper.member.internal.VerificationMails;
import com.adtopaper.member.internal.VerificationRepository;
import com.adtopaper.member.internal.VerificationSettings;
import com.adtopaper.platform.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members: sign-up and school verification, profile, push preference and push devices. A
 * member signs up with an address at their school's e-mail domain and proves it by the
 * link or the code mailed to it; until then they get no points and cannot print.
 */
@Service
@Transactional
public class Members {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	/** APNs device tokens are 32 bytes today, in hex; Apple may make them longer. */
	private static final Pattern APNS_TOKEN = Pattern.compile("[0-9a-fA-F]{64,200}");

	/**
	 * FCM registration tokens: URL-safe characters and colons, typically about 160 of
	 * them.
	 */
	private static final Pattern FCM_TOKEN = Pattern.compile("[A-Za-z0-9_:\\-]{20,4096}");

	private final Accounts accounts;

	private final AccountRepository accountRows;

	private final MemberRepository members;

	private final DeviceRepository devices;

	private final Schools schools;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final VerificationRepository verifications;

	private final VerificationMails mails;

	private final VerificationSettings verificationSettings;

	private final PasswordEncoder passwordEncoder;

	private static final SecureRandom random = new SecureRandom();

	Members(Accounts accounts, AccountRepository accountRows, MemberRepository members, DeviceRepository devices,
			Schools schools, ApplicationEventPublisher events, Clock clock, JdbcClient jdbc,
			VerificationRepository verifications, VerificationMails mails, VerificationSettings verificationSettings,
			PasswordEncoder passwordEncoder) {
		this.verifications = verifications;
		this.mails = mails;
		this.verificationSettings = verificationSettings;
		this.passwordEncoder = passwordEncoder;
		this.accounts = accounts;
		this.accountRows = accountRows;
		this.members = members;
		this.devices = devices;
		this.schools = schools;
		this.events = events;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Signs a new member up, unverified, and mails a link and a code to their school
	 * address. An address that already has an account gets a notice instead, and nothing
	 * is created: the caller answers both the same way, so the answer tells an outsider
	 * nothing about who has an account.
	 * @throws NotASchoolEmail if the e-mail is not at one of the school's domains
	 * @throws UnknownSchool if the school does not exist
	 * @throws EmailAlreadyRegistered only when two sign-ups with one e-mail race
	 */
	public void register(Registration registration) {
		checkYears(registration);
		School school = this.schools.find(registration.schoolId())
			.orElseThrow(() -> new UnknownSchool(registration.schoolId()));
		String email = EmailAddresses.normalize(registration.email());
		if (!this.schools.isSchoolEmail(school.id(), email)) {
			throw new NotASchoolEmail(school, this.schools.domains(school.id()));
		}
		Optional<AccountEntity> existing = this.accountRows.findByEmail(email);
		if (existing.isPresent()) {
			// as long as a real sign-up takes, so that the time does not tell either
			this.passwordEncoder.encode(registration.password());
			this.mails.sendAlreadyRegistered(existing.get().email(), existing.get().displayName());
			return;
		}
		MemberProfile member = create(registration, school);
		sendVerification(member.id());
	}

	/**
	 * Enrols a member whose school was checked another way (the embedded demo's members,
	 * a school's own roster): verified at once, no mail, no domain check.
	 */
	public MemberProfile enrolVerified(Registration registration) {
		checkYears(registration);
		School school = this.schools.find(registration.schoolId())
			.orElseThrow(() -> new UnknownSchool(registration.schoolId()));
		MemberProfile member = create(registration, school);
		confirmSchool(member.id());
		return profile(member.id());
	}

	private MemberProfile create(Registration registration, School school) {
		AccountEntity account = this.accounts.createEntity(registration.email(), registration.password(),
				registration.name(), Role.MEMBER);
		MemberEntity member = this.members.save(new MemberEntity(account.id(), school.id(), registration.major().trim(),
				registration.admissionYear(), registration.gender(), registration.birthYear()));
		this.events.publishEvent(new MemberRegistered(account.id(), account.createdAt()));
		return profile(account, member, school);
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
		this.verifications
			.save(new VerificationEntity(memberId, token, code, now, now.plus(this.verificationSettings.ttl())));
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
			if (verification.tryCode(code, now, this.verificationSettings.maxCodeAttempts())) {
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

	@Transactional(readOnly = true)
	public MemberProfile profile(long memberId) {
		MemberEntity member = member(memberId);
		AccountEntity account = this.accountRows.findById(memberId).orElseThrow(() -> new NoSuchMember(memberId));
		School school = this.schools.find(member.schoolId()).orElseThrow();
		return profile(account, member, school);
	}

	/**
	 * The member's profile, or empty for an account that has none (an operator or an
	 * advertiser) — without the exception that would mark a surrounding transaction for
	 * rollback.
	 */
	@Transactional(readOnly = true)
	public Optional<MemberProfile> findProfile(long accountId) {
		return this.members.findById(accountId)
			.flatMap((member) -> this.accountRows.findById(accountId)
				.map((account) -> profile(account, member, this.schools.find(member.schoolId()).orElseThrow())));
	}

	/**
	 * The school of the member whose account this is, where "the printers at my school"
	 * are: every channel that lists them asks this.
	 * @throws NoSuchMember for an account that has no member profile (an operator or an
	 * advertiser)
	 */
	@Transactional(readOnly = true)
	public School schoolOf(long accountId) {
		MemberEntity member = member(accountId);
		return this.schools.find(member.schoolId()).orElseThrow();
	}

	/** Turns the member's push notifications off ({@code true}) or on again. */
	public MemberProfile choosePush(long memberId, boolean optedOut) {
		member(memberId).choosePush(optedOut);
		return profile(memberId);
	}

	/**
	 * Registers a push token for the member, or takes it over if another member had it.
	 */
	public Device registerDevice(long memberId, DevicePlatform platform, String token) {
		checkToken(platform, token);
		member(memberId);
		String hash = Sha256.hex(token);
		var now = this.clock.instant();
		DeviceEntity device = this.devices.findByTokenHash(hash).orElse(null);
		if (device == null) {
			device = this.devices.save(new DeviceEntity(memberId, platform, token, hash, now));
		}
		else {
			device.registeredBy(memberId, platform, now);
		}
		return device.toDevice();
	}

	@Transactional(readOnly = true)
	public List<Device> devices(long memberId) {
		return this.devices.findByMemberIdOrderByIdAsc(memberId).stream().map(DeviceEntity::toDevice).toList();
	}

	/**
	 * @throws NoSuchDevice if the member has no device with this id
	 */
	public void removeDevice(long memberId, long deviceId) {
		this.devices
			.delete(this.devices.findByIdAndMemberId(deviceId, memberId).orElseThrow(() -> new NoSuchDevice(deviceId)));
	}

	/**
	 * The live devices of the members with ids in {@code [fromMemberId, toMemberId)} who
	 * may be pushed: enabled accounts that have not opted out. One query, for fan-outs.
	 */
	@Transactional(readOnly = true)
	public List<PushTarget> pushTargets(long fromMemberId, long toMemberId) {
		return this.jdbc.sql("""
				select m.account_id, d.id, d.platform, d.token from members m
				join accounts a on a.id = m.account_id and a.enabled = true
				join member_devices d on d.member_id = m.account_id and d.active = true
				where m.push_opted_out = false and m.account_id >= ? and m.account_id < ?
				order by m.account_id, d.id""")
			.params(fromMemberId, toMemberId)
			.query((row, n) -> new PushTarget(row.getLong(1), row.getLong(2), DevicePlatform.valueOf(row.getString(3)),
					row.getString(4)))
			.list();
	}

	/** Push tokens that APNs or FCM reported unregistered: they get no more pushes. */
	public int deactivateDevices(Collection<String> tokens) {
		int deactivated = 0;
		for (String token : tokens) {
			deactivated += this.jdbc
				.sql("update member_devices set active = false where token_hash = ? and active = true")
				.param(Sha256.hex(token))
				.update();
		}
		return deactivated;
	}

	private void checkYears(Registration registration) {
		int thisYear = Year.now(this.clock.withZone(SEOUL)).getValue();
		if (registration.birthYear() < thisYear - 100 || registration.birthYear() > thisYear - 10) {
			throw new InvalidProfile("birthYear",
					"The birth year must be between " + (thisYear - 100) + " and " + (thisYear - 10) + ".");
		}
		if (registration.admissionYear() < registration.birthYear() + 10
				|| registration.admissionYear() > thisYear + 1) {
			throw new InvalidProfile("admissionYear",
					"The admission year must be between ten years after the birth year and " + (thisYear + 1) + ".");
		}
	}

	private static void checkToken(DevicePlatform platform, String token) {
		var pattern = (platform == DevicePlatform.APNS) ? APNS_TOKEN : FCM_TOKEN;
		if (!pattern.matcher(token).matches()) {
			throw new InvalidDeviceToken(platform);
		}
	}

	private MemberEntity member(long memberId) {
		return this.members.findById(memberId).orElseThrow(() -> new NoSuchMember(memberId));
	}

	private MemberProfile profile(AccountEntity account, MemberEntity member, School school) {
		return new MemberProfile(member.id(), account.email(), account.displayName(), school, member.major(),
				member.admissionYear(), member.gender(), member.birthYear(), member.pushOptedOut(), account.createdAt(),
				member.verified());
	}

}
