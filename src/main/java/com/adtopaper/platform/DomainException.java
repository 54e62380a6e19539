package com.adtopaper.platform;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * A rule of the domain refused what was asked. Domain modules throw subclasses; each
 * channel turns the {@link Kind} into its own answer (a problem detail on the API, a
 * message on a page), so no module has to know about HTTP. Its words for a person come
 * from the message bundles by its code ({@code problemDetail.} and the exception's class
 * name, or the code it is given), in the reader's language; the message, in English, is
 * the default and the log's.
 */
public abstract class DomainException extends RuntimeException implements MessageSourceResolvable {

	/** What kind of refusal this is, independent of any channel. */
	public enum Kind {

		/** The thing asked for does not exist, or is not the caller's. */
		NOT_FOUND,
		/** The request clashes with the current state (a duplicate, a reused key). */
		CONFLICT,
		/** A value of the request is not acceptable. */
		INVALID,
		/** A value of the request (an upload) is larger than the rules allow. */
		TOO_LARGE,
		/** The request is well formed but the rules do not allow it now. */
		REFUSED,
		/**
		 * The caller is known but may not do this (yet): an unverified member printing.
		 */
		FORBIDDEN,
		/** The caller's credentials are not (or no longer) valid. */
		UNAUTHENTICATED,
		/** The thing asked for existed but is gone for good (a deleted file). */
		GONE

	}

	private final Kind kind;

	private final @Nullable String field;

	private final @Nullable String code;

	private final Object[] arguments;

	protected DomainException(Kind kind, String message) {
		this(kind, null, message);
	}

	protected DomainException(Kind kind, @Nullable String field, String message) {
		this(kind, field, message, null);
	}

	/**
	 * @param kind what kind of refusal
	 * @param field the request field it is about, if any
	 * @param message the English message
	 * @param code the message bundles' key of its words, if the class's own does not say
	 * them
	 * @param arguments the key's arguments
	 */
	protected DomainException(Kind kind, @Nullable String field, String message, @Nullable String code,
			Object... arguments) {
		super(message);
		this.kind = kind;
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The request field the refusal is about, if it is about one. */
	public @Nullable String field() {
		return this.field;
	}

	@Override
	public String[] getCodes() {
		String own = "problemDetail." + getClass().getName();
		return (this.code != null) ? new String[] { this.code, own } : new String[] { own };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments;
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return getMessage();
	}

}
