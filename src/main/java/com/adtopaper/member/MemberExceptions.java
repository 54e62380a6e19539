package com.adtopaper.member;

import com.adtopaper.platform.DomainException;

/** The refusals of the member module. */
public final class MemberExceptions {

	private MemberExceptions() {
	}

	/** Another account already uses this e-mail. */
	public static final class EmailAlreadyRegistered extends DomainException {

		public EmailAlreadyRegistered() {
			super(Kind.CONFLICT, "email", "An account with this e-mail already exists.");
		}

	}

	/** The e-mail is not at one of the chosen school's domains. */
	public static final class NotASchoolEmail extends DomainException {

		public NotASchoolEmail(School school, java.util.List<String> domains) {
			super(Kind.INVALID, "email",
					domains.isEmpty() ? school.name() + " does not take sign-ups yet: it has no e-mail domain."
							: "Sign up with your " + school.name() + " e-mail address (@" + String.join(", @", domains)
									+ "): we send it a link that proves you study there.",
					domains.isEmpty() ? "problem.member.school-without-domain" : null, school.name(),
					String.join(", @", domains));
		}

	}

	/** The verification link or code is unknown, expired, already used or wrong. */
	public static final class InvalidVerification extends DomainException {

		public InvalidVerification() {
			super(Kind.INVALID, "code",
					"This verification link or code is not valid (wrong, expired or already used). Ask for a new mail.");
		}

	}

	/** The password-reset link is unknown, expired or already used. */
	public static final class InvalidPasswordReset extends DomainException {

		public InvalidPasswordReset() {
			super(Kind.INVALID, "token",
					"This password-reset link is not valid (wrong, expired or already used). Ask for a new mail.");
		}

	}

	/** The current password given to confirm a change is not the account's. */
	public static final class WrongPassword extends DomainException {

		public WrongPassword() {
			super(Kind.INVALID, "currentPassword", "The current password is wrong.");
		}

	}

	/** The school id names no school. */
	public static final class UnknownSchool extends DomainException {

		public UnknownSchool(long schoolId) {
			super(Kind.INVALID, "schoolId", "There is no school with id " + schoolId + ".", null,
					Long.toString(schoolId));
		}

	}

	/** A profile value that the rules do not accept (a birth year in the future, say). */
	public static final class InvalidProfile extends DomainException {

		/**
		 * @param field the value refused
		 * @param message the English words
		 * @param code the message bundles' key of the words for a person
		 * @param arguments the key's arguments
		 */
		public InvalidProfile(String field, String message, String code, Object... arguments) {
			super(Kind.INVALID, field, message, code, arguments);
		}

	}

	/** A push token that cannot be one of its platform's. */
	public static final class InvalidDeviceToken extends DomainException {

		public InvalidDeviceToken(DevicePlatform platform) {
			super(Kind.INVALID, "token", "This is not a valid " + platform + " device token.", null, platform.name());
		}

	}

	/** No such member (or not one the caller may see). */
	public static final class NoSuchMember extends DomainException {

		public NoSuchMember(long memberId) {
			super(Kind.NOT_FOUND, null, "There is no member with id " + memberId + ".", null, Long.toString(memberId));
		}

	}

	/** No such device among the member's devices. */
	public static final class NoSuchDevice extends DomainException {

		public NoSuchDevice(long deviceId) {
			super(Kind.NOT_FOUND, null, "You have no device with id " + deviceId + ".", null, Long.toString(deviceId));
		}

	}

	/** The refresh token is unknown, expired, revoked or was already used. */
	public static final class InvalidRefreshToken extends DomainException {

		public InvalidRefreshToken() {
			super(Kind.UNAUTHENTICATED, "The refresh token is not valid. Log in again.");
		}

	}

}
