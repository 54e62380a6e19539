package com.adtopaper.querycache;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole query result in memory: what is stored in the cache, and what the caller reads
 * on a hit and on a miss alike (so both paths convert values the same way). Values are
 * kept as the few types the codec knows; dates and times as {@code java.time} values, so
 * they can be read back in any time zone the caller asks for.
 *
 * @param columns the columns
 * @param rows the rows
 * @param cacheable false if a value had a type the codec does not know, or the result
 * grew larger than the cache's item limit
 */
record CachedResult(Column[] columns, List<Object[]> rows, boolean cacheable) {

	/** Reads the rest of {@code live} and closes it. */
	static CachedResult read(ResultSet live, long maxBytes) throws SQLException {
		try (live) {
			ResultSetMetaData meta = live.getMetaData();
			Column[] columns = new Column[meta.getColumnCount()];
			for (int i = 0; i < columns.length; i++) {
				int c = i + 1;
				columns[i] = new Column(meta.getColumnLabel(c), meta.getColumnName(c), text(meta.getTableName(c)),
						text(meta.getCatalogName(c)), meta.getColumnType(c), text(meta.getColumnTypeName(c)),
						text(meta.getColumnClassName(c)), meta.getPrecision(c), meta.getScale(c), meta.isNullable(c),
						meta.isSigned(c), meta.getColumnDisplaySize(c));
			}
			List<Object[]> rows = new ArrayList<>();
			boolean cacheable = true;
			long bytes = 0;
			while (live.next()) {
				Object[] row = new Object[columns.length];
				for (int i = 0; i < columns.length; i++) {
					Object value = value(live, i + 1, columns[i].sqlType());
					row[i] = live.wasNull() ? null : value;
					if (row[i] != null && !ValueCodec.knows(row[i])) {
						cacheable = false;
					}
					bytes += ValueCodec.estimate(row[i]);
				}
				rows.add(row);
				cacheable &= bytes <= maxBytes;
			}
			return new CachedResult(columns, rows, cacheable);
		}
	}

	private static Object value(ResultSet live, int column, int sqlType) throws SQLException {
		return switch (sqlType) {
			case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
					Types.CLOB, Types.NCLOB ->
				live.getString(column);
			case Types.DATE -> live.getObject(column, LocalDate.class);
			case Types.TIME -> live.getObject(column, LocalTime.class);
			case Types.TIMESTAMP -> live.getObject(column, LocalDateTime.class);
			case Types.TIMESTAMP_WITH_TIMEZONE -> live.getObject(column, OffsetDateTime.class);
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> live.getBytes(column);
			default -> live.getObject(column);
		};
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
