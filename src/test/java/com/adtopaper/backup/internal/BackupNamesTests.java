package com.adtopaper.backup.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackupNamesTests {

	private final BackupNames names = new BackupNames("backups/");

	@Test
	void theFolderIsTheDayInSeoulAndTheNameTheStartInUtc() {
		// 03:00 in Seoul on 3 December is 18:00 UTC on the 2nd
		Instant start = Instant.parse("2026-12-02T18:00:05Z");
		assertThat(this.names.keyFor(start)).isEqualTo("backups/2026/12/03/adtopaper-20261202T180005Z.sql.gz.enc");
	}

	@Test
	void aKeyGivesBackItsStart() {
		Instant start = Instant.parse("2026-12-02T18:00:05Z");
		assertThat(this.names.startOf(this.names.keyFor(start))).contains(start);
	}

	@Test
	void keysTheJobDidNotNameHaveNoStart() {
		assertThat(this.names.startOf("backups/2026/12/03/notes.txt")).isEmpty();
		assertThat(this.names.startOf("elsewhere/2026/12/03/adtopaper-20261202T180005Z.sql.gz.enc")).isEmpty();
		assertThat(this.names.startOf("backups/2026/12/03/adtopaper-20261202T180005Z.sql.gz.enc.tmp")).isEmpty();
	}

	@Test
	void aPrefixWithoutItsSlashGetsOne() {
		assertThat(new BackupNames("db").keyFor(Instant.parse("2026-01-01T00:00:00Z")))
			.isEqualTo("db/2026/01/01/adtopaper-20260101T000000Z.sql.gz.enc");
	}

}
