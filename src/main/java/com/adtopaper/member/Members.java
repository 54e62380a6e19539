package com.adtopaper.member;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;

import com.adtopaper.member.MemberExceptions.EmailAlreadyRegistered;
import com.adtopaper.member.MemberExceptions.InvalidProfile;
import com.adtopaper.member.MemberExceptions.NoSuchMember;
import com.adtopaper.member.MemberExceptions.NotASchoolEmail;
import com.adtopaper.member.MemberExceptions.UnknownSchool;
import com.adtopaper.member.internal.AccountEntity;
import com.adtopaper.member.internal.AccountRepository;
import com.adtopaper.member.internal.EmailAddresses;
import com.adtopaper.member.internal.MemberEntity;
import com.adtopaper.member.internal.MemberRepository;
import com.adtopaper.member.internal.VerificationMails;
import com.adtopaper.platform.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members: sign-up, profile, push preference and the school of a member. A member signs
 * up with an address at their school's e-mail domain and proves it through
 * {@link SchoolVerification}; their push devices are {@link PushDevices}. Called by the
 * app's and the web's sign-up and account endpoints, the operators' member admin,
 * printing (the printers and ads of a member's school) and the embedded demo data.
 */
@Service
@Transactional
public class Members {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final Accounts accounts;

	private final AccountRepository accountRows;

	private final MemberRepository members;

	private final Schools schools;

	private final SchoolVerification verification;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final VerificationMails mails;

	private final PasswordEncoder passwordEncoder;

	Members(Accounts accounts, AccountRepository accountRows, MemberRepository members, Schools schools,
			SchoolVerification verification, ApplicationEventPublisher events, Clock clock, VerificationMails mails,
			PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.accountRows = accountRows;
		this.members = members;
		this.schools = schools;
		this.verification = verification;
		this.events = events;
		this.clock = clock;
		this.mails = mails;
		this.passwordEncoder = passwordEncoder;
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
		this.verification.sendVerification(member.id());
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
		this.verification.confirmSchool(member.id());
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

	/**
	 * Changes what the member may change of their profile: their major and their year of
	 * admission (what ads target, with the school, which their verified address fixes).
	 * @throws InvalidProfile if the major is blank or longer than 100 characters, or the
	 * year is not between ten years after their birth and next year
	 */
	public MemberProfile updateProfile(long memberId, String major, int admissionYear) {
		MemberEntity member = member(memberId);
		String trimmed = major.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw new InvalidProfile("major", "The major has 1 to 100 characters.", "problem.member.major");
		}
		int thisYear = Year.now(this.clock.withZone(SEOUL)).getValue();
		if (admissionYear < member.birthYear() + 10 || admissionYear > thisYear + 1) {
			throw new InvalidProfile("admissionYear",
					"The admission year must be between ten years after the birth year and " + (thisYear + 1) + ".",
					"problem.member.admission-year", Integer.toString(thisYear + 1));
		}
		member.update(trimmed, admissionYear);
		return profile(memberId);
	}

	/** Turns the member's push notifications off ({@code true}) or on again. */
	public MemberProfile choosePush(long memberId, boolean optedOut) {
		member(memberId).choosePush(optedOut);
		return profile(memberId);
	}

	private void checkYears(Registration registration) {
		int thisYear = Year.now(this.clock.withZone(SEOUL)).getValue();
		if (registration.birthYear() < thisYear - 100 || registration.birthYear() > thisYear - 10) {
			throw new InvalidProfile("birthYear",
					"The birth year must be between " + (thisYear - 100) + " and " + (thisYear - 10) + ".",
					"problem.member.birth-year", Integer.toString(thisYear - 100), Integer.toString(thisYear - 10));
		}
		if (registration.admissionYear() < registration.birthYear() + 10
				|| registration.admissionYear() > thisYear + 1) {
			throw new InvalidProfile("admissionYear",
					"The admission year must be between ten years after the birth year and " + (thisYear + 1) + ".",
					"problem.member.admission-year", Integer.toString(thisYear + 1));
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
