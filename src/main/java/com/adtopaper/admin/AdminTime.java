package com.adtopaper.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Times as the admin pages show them: stored in UTC, read in Seoul. The templates call it
 * as {@code ${@adminTime.seoul(entry.at)}}.
 */
@Component("adminTime")
public class AdminTime {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Seoul"));

	public String seoul(@Nullable Instant at) {
		return (at != null) ? SHOWN.format(at) : "—";
	}

}
