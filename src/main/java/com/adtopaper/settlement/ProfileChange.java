package com.adtopaper.settlement;

import org.jspecify.annotations.Nullable;

/** What a partner may change of their profile without their password. */
public record ProfileChange(String legalName, @Nullable String businessNumber, @Nullable String contactName,
		@Nullable String contactEmail, @Nullable String contactPhone) {

}
