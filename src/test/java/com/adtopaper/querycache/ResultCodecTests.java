package com.adtopaper.querycache;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultCodecTests {

	private static Column column(String label, int type, String className) {
		return new Column(label, label, "t", "db", type, "TYPE", className, 10, 0, 1, true, 10);
	}

	@Test
	void everyValueTypeSurvivesTheRoundTrip() {
		Column[] columns = { column("s", Types.VARCHAR, "java.lang.String"),
				column("l", Types.BIGINT, "java.lang.Long"), column("i", Types.INTEGER, "java.lang.Integer"),
				column("b", Types.BOOLEAN, "java.lang.Boolean"), column("d", Types.DECIMAL, "java.math.BigDecimal"),
				column("bi", Types.BIGINT, "java.math.BigInteger"), column("f", Types.DOUBLE, "java.lang.Double"),
				column("bytes", Types.VARBINARY, "[B"), column("date", Types.DATE, "java.sql.Date"),
				column("time", Types.TIME, "java.sql.Time"), column("ts", Types.TIMESTAMP, "java.sql.Timestamp"),
				column("tz", Types.TIMESTAMP_WITH_TIMEZONE, "java.time.OffsetDateTime"),
				column("u", Types.OTHER, "java.util.UUID"), column("n", Types.VARCHAR, "java.lang.String") };
		Object[] row = { "서울 print", 9_007_199_254_740_993L, 42, true, new BigDecimal("-12.3400"),
				new BigInteger("18446744073709551615"), 0.1, new byte[] { 0, -1, 7 }, LocalDate.of(2026, 11, 22),
				LocalTime.of(8, 30, 0, 123_000_000), LocalDateTime.of(2026, 11, 22, 8, 30, 15, 123_456_000),
				OffsetDateTime.of(2026, 11, 22, 8, 30, 0, 0, ZoneOffset.ofHours(9)), UUID.randomUUID(), null };
		List<Object[]> rows = new ArrayList<>();
		rows.add(row);
		long[] generations = { 1L, Long.MAX_VALUE, 123_456_789_012L };

		ResultCodec.Entry entry = ResultCodec
			.decode(ResultCodec.encode(generations, new CachedResult(columns, rows, true)));

		assertThat(entry.generations()).containsExactly(generations);
		byte[] encoded = ResultCodec.encode(generations, new CachedResult(columns, rows, true));
		assertThat(ResultCodec.storedUnder(encoded, generations)).isTrue();
		assertThat(ResultCodec.storedUnder(encoded, new long[] { 1L, Long.MAX_VALUE, 123_456_789_013L })).isFalse();
		assertThat(ResultCodec.storedUnder(encoded, new long[] { 1L, Long.MAX_VALUE })).isFalse();
		assertThat(entry.result().columns()).containsExactly(columns);
		assertThat(entry.result().rows().getFirst()).containsExactly(row);
	}

	@Test
	void aCachedResultReadsLikeTheDriversDo() throws Exception {
		Column[] columns = { column("id", Types.BIGINT, "java.lang.Long"),
				column("created_at", Types.TIMESTAMP, "java.sql.Timestamp"),
				column("flag", Types.BOOLEAN, "java.lang.Boolean"), column("name", Types.VARCHAR, "java.lang.String") };
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { 7L, LocalDateTime.of(2026, 11, 22, 0, 0), true, null });
		var results = CachedResultSet.open(new CachedResult(columns, rows, true), null);

		assertThat(results.next()).isTrue();
		assertThat(results.getInt("ID")).isEqualTo(7);
		assertThat(results.getString(1)).isEqualTo("7");
		assertThat(results.getObject(2)).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2026, 11, 22, 0, 0)));
		Calendar seoul = Calendar.getInstance(TimeZone.getTimeZone("Asia/Seoul"));
		assertThat(results.getTimestamp("created_at", seoul).toInstant())
			.isEqualTo(LocalDateTime.of(2026, 11, 22, 0, 0).atZone(ZoneOffset.ofHours(9)).toInstant());
		assertThat(results.getObject(2, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2026, 11, 22, 0, 0));
		assertThat(results.getBoolean(3)).isTrue();
		assertThat(results.getInt(3)).isEqualTo(1);
		assertThat(results.getString(4)).isNull();
		assertThat(results.wasNull()).isTrue();
		assertThat(results.getLong(4)).isZero();
		assertThat(results.next()).isFalse();
		assertThat(results.getMetaData().getColumnLabel(2)).isEqualTo("created_at");
	}

	@Test
	void parametersOfDifferentTypesNeverMakeTheSameKey() {
		var asInt = new Parameters();
		asInt.record("setInt", new Object[] { 1, 1 });
		var asString = new Parameters();
		asString.record("setString", new Object[] { 1, "1" });
		var asBoolean = new Parameters();
		asBoolean.record("setBoolean", new Object[] { 1, true });
		var asObject = new Parameters();
		asObject.record("setObject", new Object[] { 1, "1" });
		var twoParameters = new Parameters();
		twoParameters.record("setString", new Object[] { 1, "1:" });
		twoParameters.record("setString", new Object[] { 2, "" });

		assertThat(List.of(asInt.encoded(), asString.encoded(), asBoolean.encoded(), twoParameters.encoded()))
			.doesNotHaveDuplicates();
		assertThat(asObject.encoded()).isEqualTo(asString.encoded());
	}

	@Test
	void aStreamParameterCannotBeKeyed() {
		var parameters = new Parameters();
		parameters.record("setBinaryStream", new Object[] { 1, null });
		assertThat(parameters.cacheable()).isFalse();
	}

}
