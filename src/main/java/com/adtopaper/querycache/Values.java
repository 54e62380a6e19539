package com.adtopaper.querycache;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.UUID;

import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

import org.jspecify.annotations.Nullable;

/**
 * Converts a cached value to what a {@code ResultSet} getter asks for, the way the MySQL
 * and H2 drivers do for the types the application uses.
 */
final class Values {

	private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

	private Values() {
	}

	/** What {@code getObject(int)} returns: the driver's default class for the column. */
	static @Nullable Object jdbcDefault(@Nullable Object value, Column column) {
		return switch (value) {
			case LocalDateTime v when column.className().equals("java.sql.Timestamp") -> Timestamp.valueOf(v);
			case LocalDate v when column.className().equals("java.sql.Date") -> Date.valueOf(v);
			case LocalTime v when column.className().equals("java.sql.Time") -> Time.valueOf(v);
			case null, default -> value;
		};
	}

	static @Nullable Object convert(@Nullable Object value, Class<?> target, @Nullable Calendar calendar)
			throws SQLException {
		if (value == null) {
			return target.isPrimitive() ? zero(target) : null;
		}
		if (target.isInstance(value) && !(value instanceof byte[] && target == Object.class)) {
			return value;
		}
		ZoneId zone = (calendar != null) ? calendar.getTimeZone().toZoneId() : ZoneId.systemDefault();
		if (target == String.class) {
			return text(value);
		}
		if (target == Long.class || target == long.class) {
			return number(value).longValue();
		}
		if (target == Integer.class || target == int.class) {
			return number(value).intValue();
		}
		if (target == Short.class || target == short.class) {
			return number(value).shortValue();
		}
		if (target == Byte.class || target == byte.class) {
			return number(value).byteValue();
		}
		if (target == Double.class || target == double.class) {
			return number(value).doubleValue();
		}
		if (target == Float.class || target == float.class) {
			return number(value).floatValue();
		}
		if (target == Boolean.class || target == boolean.class) {
			return (value instanceof Boolean b) ? b : (value instanceof String s)
					? (s.equals("1") || s.equalsIgnoreCase("true")) : number(value).intValue() != 0;
		}
		if (target == BigDecimal.class) {
			return (value instanceof BigDecimal d) ? d : new BigDecimal(text(value));
		}
		if (target == BigInteger.class) {
			return new BigInteger(text(value));
		}
		if (target == byte[].class) {
			return (value instanceof String s) ? s.getBytes(StandardCharsets.UTF_8) : value;
		}
		if (target == Timestamp.class) {
			return Timestamp.from(instant(value, zone));
		}
		if (target == Date.class) {
			LocalDate date = localDateTime(value, zone).toLocalDate();
			return (calendar != null) ? new Date(date.atStartOfDay(zone).toInstant().toEpochMilli())
					: Date.valueOf(date);
		}
		if (target == Time.class) {
			LocalTime time = localDateTime(value, zone).toLocalTime();
			return (calendar != null) ? new Time(time.atDate(LocalDate.EPOCH).atZone(zone).toInstant().toEpochMilli())
					: Time.valueOf(time);
		}
		if (target == LocalDateTime.class) {
			return localDateTime(value, zone);
		}
		if (target == LocalDate.class) {
			return localDateTime(value, zone).toLocalDate();
		}
		if (target == LocalTime.class) {
			return localDateTime(value, zone).toLocalTime();
		}
		if (target == Instant.class) {
			return instant(value, zone);
		}
		if (target == OffsetDateTime.class) {
			return (value instanceof OffsetDateTime o) ? o : instant(value, zone).atZone(zone).toOffsetDateTime();
		}
		if (target == ZonedDateTime.class) {
			return instant(value, zone).atZone(zone);
		}
		if (target == UUID.class) {
			return UUID.fromString(text(value));
		}
		if (target == java.io.InputStream.class) {
			return new ByteArrayInputStream((byte[]) convert(value, byte[].class, null));
		}
		if (target == java.io.Reader.class) {
			return new StringReader(text(value));
		}
		if (target == java.sql.Blob.class) {
			return new SerialBlob((byte[]) convert(value, byte[].class, null));
		}
		if (target == java.sql.Clob.class || target == java.sql.NClob.class) {
			return new SerialClob(text(value).toCharArray());
		}
		throw new SQLDataException("Cannot read a " + value.getClass().getSimpleName() + " as " + target.getName());
	}

	private static Object zero(Class<?> primitive) {
		if (primitive == boolean.class) {
			return false;
		}
		if (primitive == double.class) {
			return 0d;
		}
		if (primitive == float.class) {
			return 0f;
		}
		if (primitive == long.class) {
			return 0L;
		}
		if (primitive == short.class) {
			return (short) 0;
		}
		if (primitive == byte.class) {
			return (byte) 0;
		}
		return 0;
	}

	private static String text(Object value) {
		return switch (value) {
			case BigDecimal v -> v.toPlainString();
			case byte[] v -> new String(v, StandardCharsets.UTF_8);
			case LocalDateTime v -> DATETIME.format(v);
			case Boolean v -> v ? "1" : "0";
			default -> value.toString();
		};
	}

	private static Number number(Object value) throws SQLException {
		return switch (value) {
			case Number v -> v;
			case Boolean v -> v ? 1 : 0;
			case String v -> {
				try {
					yield new BigDecimal(v.trim());
				}
				catch (NumberFormatException ex) {
					throw new SQLDataException("Not a number: " + v, ex);
				}
			}
			default -> throw new SQLDataException("Cannot read a " + value.getClass().getSimpleName() + " as a number");
		};
	}

	private static LocalDateTime localDateTime(Object value, ZoneId zone) throws SQLException {
		return switch (value) {
			case LocalDateTime v -> v;
			case LocalDate v -> v.atStartOfDay();
			case LocalTime v -> v.atDate(LocalDate.EPOCH);
			case OffsetDateTime v -> v.atZoneSameInstant(zone).toLocalDateTime();
			case String v -> LocalDateTime.parse(v, DATETIME);
			default -> throw new SQLDataException("Cannot read a " + value.getClass().getSimpleName() + " as a time");
		};
	}

	private static Instant instant(Object value, ZoneId zone) throws SQLException {
		return (value instanceof OffsetDateTime v) ? v.toInstant()
				: localDateTime(value, zone).atZone(zone).toInstant();
	}

}
