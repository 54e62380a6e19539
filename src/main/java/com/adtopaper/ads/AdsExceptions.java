package com.adtopaper.ads;

import com.adtopaper.platform.DomainException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The refusals of the advertising module. */
public final class AdsExceptions {

	private AdsExceptions() {
	}

	/** No such campaign, or not the caller's. */
	public static final class NoSuchCampaign extends DomainException {

		public NoSuchCampaign(long id) {
			super(Kind.NOT_FOUND, null, "There is no campaign " + id + ".", null, Long.toString(id));
		}

	}

	/** The account is not an (active) advertiser. */
	public static final class NotAnAdvertiser extends DomainException {

		public NotAnAdvertiser() {
			super(Kind.REFUSED, "This account is not an active advertiser yet.");
		}

	}

	/** A campaign value the rules do not accept. */
	public static final class InvalidCampaign extends DomainException {

		/**
		 * @param field the value refused
		 * @param message the English words
		 * @param code the message bundles' key of the words for a person
		 * @param arguments the key's arguments
		 */
		public InvalidCampaign(String field, String message, String code, Object... arguments) {
			super(Kind.INVALID, field, message, code, arguments);
		}

	}

	/** The campaign's status does not allow this. */
	public static final class CampaignStateConflict extends DomainException {

		public CampaignStateConflict(CampaignStatus status, String action) {
			super(Kind.CONFLICT, null,
					"A " + status.name().toLowerCase().replace('_', ' ') + " campaign cannot be " + action + ".", null,
					new DefaultMessageSourceResolvable("campaign.status." + status.name()),
					new DefaultMessageSourceResolvable(new String[] { "campaign.action." + action.replace(' ', '-') },
							action));
		}

	}

	/** No such creative, or not the caller's. */
	public static final class NoSuchCreative extends DomainException {

		public NoSuchCreative(long id) {
			super(Kind.NOT_FOUND, null, "There is no creative " + id + ".", null, Long.toString(id));
		}

	}

	/** An uploaded image larger than creatives may be. */
	public static final class CreativeTooLarge extends DomainException {

		public CreativeTooLarge(long limit) {
			super(Kind.TOO_LARGE, "file", "The image is larger than " + size(limit) + ", the most a creative may be.",
					null, size(limit));
		}

	}

	private static String size(long bytes) {
		long mb = 1024 * 1024;
		return (bytes % mb == 0) ? (bytes / mb) + " MB" : bytes + " bytes";
	}

	/** An uploaded image that is not one we accept. */
	public static final class InvalidCreative extends DomainException {

		/**
		 * @param message the English words
		 * @param code the message bundles' key of the words for a person
		 * @param arguments the key's arguments
		 */
		public InvalidCreative(String message, String code, Object... arguments) {
			super(Kind.INVALID, "file", message, code, arguments);
		}

	}

}
