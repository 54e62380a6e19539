package com.adtopaper.backup.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of the backups: the day in Asia/Seoul as folders, the run's start in UTC as
 * the file name, so that keys sort by time and retention reads a backup's age from its
 * name alone.
 */
final class BackupNames {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final Pattern NAME = Pattern
		.compile("\\d{4}/\\d{2}/\\d{2}/adtopaper-(\\d{8}T\\d{6}Z)\\.sql\\.gz\\.enc");

	private final String prefix;

	BackupNames(String prefix) {
		this.prefix = (prefix.isEmpty() || prefix.endsWith("/")) ? prefix : prefix + "/";
	}

	String prefix() {
		return this.prefix;
	}

	String keyFor(Instant start) {
		return this.prefix + DAY.format(start.atZone(SEOUL)) + "/adtopaper-"
				+ STAMP.format(start.atZone(ZoneOffset.UTC)) + ".sql.gz.enc";
	}

	/** When the backup of this key started; empty for a key this job did not name. */
	Optional<Instant> startOf(String key) {
		if (!key.startsWith(this.prefix)) {
			return Optional.empty();
		}
		Matcher matcher = NAME.matcher(key.substring(this.prefix.length()));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(LocalDateTime.parse(matcher.group(1), STAMP).toInstant(ZoneOffset.UTC));
	}

	static String fileName(String key) {
		return key.substring(key.lastIndexOf('/') + 1);
	}

}
