package com.adtopaper.platform.web;

import java.nio.charset.StandardCharsets;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link MaxUtf8Bytes}; {@code null} is valid (that is {@code @NotNull}'s job).
 */
class MaxUtf8BytesValidator implements ConstraintValidator<MaxUtf8Bytes, CharSequence> {

	private int max;

	@Override
	public void initialize(MaxUtf8Bytes constraint) {
		this.max = constraint.value();
	}

	@Override
	public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
		return value == null || value.toString().getBytes(StandardCharsets.UTF_8).length <= this.max;
	}

}
