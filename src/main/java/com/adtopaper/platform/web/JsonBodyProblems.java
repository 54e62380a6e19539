package com.adtopaper.platform.web;

import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Describes why a JSON body cannot be read, in words a client can act on: the field by
 * its path, what it must be, and never Jackson's internals beyond their first line.
 */
final class JsonBodyProblems {

	private JsonBodyProblems() {
	}

	/** The field Jackson stopped at and what is wrong with it. */
	static FieldProblem fieldProblem(JacksonException ex) {
		return new FieldProblem(path(ex), fieldMessage(ex));
	}

	private static String path(JacksonException ex) {
		var path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String fieldMessage(JacksonException ex) {
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants()) + ", not '"
					+ invalid.getValue() + "'";
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "must be a " + describe(mismatch.getTargetType());
		}
		return firstLine(ex);
	}

	private static String describe(Class<?> type) {
		Map<Class<?>, String> names = Map.of(Integer.class, "whole number", int.class, "whole number", Long.class,
				"whole number", long.class, "whole number", Boolean.class, "boolean", boolean.class, "boolean",
				String.class, "string");
		return names.getOrDefault(type, type.getSimpleName());
	}

	static String firstLine(Throwable ex) {
		String message = (ex instanceof JacksonException json) ? json.getOriginalMessage() : ex.getMessage();
		if (message == null) {
			return ex.getClass().getSimpleName();
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	static @Nullable Throwable causeOfType(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return cause;
			}
		}
		return null;
	}

}
