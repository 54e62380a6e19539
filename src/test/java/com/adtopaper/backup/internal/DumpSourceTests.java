package com.adtopaper.backup.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DumpSourceTests {

	@Test
	void readsHostPortAndDatabaseFromTheJdbcUrl() {
		DumpSource source = DumpSource.of("jdbc:mysql://db.internal:3307/adtopaper?sslMode=REQUIRED", "backup", "pw");
		assertThat(source.connectionOptions()).containsExactly("--host=db.internal", "--port=3307", "--protocol=TCP",
				"--user=backup");
		assertThat(source.database()).isEqualTo("adtopaper");
	}

	@Test
	void takesTheFirstHostAndTheDefaultPort() {
		DumpSource source = DumpSource.of("jdbc:mariadb:replication://primary,replica:3306/adtopaper", "root", null);
		assertThat(source.host()).isEqualTo("primary");
		assertThat(source.port()).isEqualTo(3306);
		assertThat(source.database()).isEqualTo("adtopaper");
	}

	@Test
	void neverShowsThePassword() {
		assertThat(DumpSource.of("jdbc:mysql://db/adtopaper", "backup", "s3cret").toString()).doesNotContain("s3cret");
		assertThatIllegalStateException()
			.isThrownBy(() -> DumpSource.of("jdbc:h2:file:./data?password=s3cret", "sa", ""))
			.withMessageNotContaining("s3cret");
	}

}
