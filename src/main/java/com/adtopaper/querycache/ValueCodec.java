package com.adtopaper.querycache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The values in a cache entry: which types {@link ResultCodec} can write, their rough
 * size, and each one's tag and bytes (also the strings and byte arrays of the entry's
 * column headers).
 */
final class ValueCodec {

	private ValueCodec() {
	}

	/** Whether a value is of a type the codec writes. */
	static boolean knows(Object value) {
		return value instanceof String || value instanceof Long || value instanceof Integer || value instanceof Short
				|| value instanceof Byte || value instanceof Boolean || value instanceof BigDecimal
				|| value instanceof BigInteger || value instanceof Double || value instanceof Float
				|| value instanceof byte[] || value instanceof LocalDate || value instanceof LocalTime
				|| value instanceof LocalDateTime || value instanceof OffsetDateTime || value instanceof UUID;
	}

	/**
	 * A rough size of a value in the entry, to stop collecting a result that will not
	 * fit.
	 */
	static long estimate(Object value) {
		if (value == null) {
			return 1;
		}
		if (value instanceof String text) {
			return 5 + text.length() * 2L;
		}
		if (value instanceof byte[] bytes) {
			return 5 + bytes.length;
		}
		return 17;
	}

	static void writeValue(DataOutputStream out, Object value) throws IOException {
		switch (value) {
			case null -> out.writeByte(0);
			case String v -> {
				out.writeByte(1);
				writeString(out, v);
			}
			case Long v -> {
				out.writeByte(2);
				out.writeLong(v);
			}
			case Integer v -> {
				out.writeByte(3);
				out.writeInt(v);
			}
			case Short v -> {
				out.writeByte(4);
				out.writeShort(v);
			}
			case Byte v -> {
				out.writeByte(5);
				out.writeByte(v);
			}
			case Boolean v -> {
				out.writeByte(6);
				out.writeBoolean(v);
			}
			case BigDecimal v -> {
				out.writeByte(7);
				out.writeInt(v.scale());
				writeBytes(out, v.unscaledValue().toByteArray());
			}
			case BigInteger v -> {
				out.writeByte(8);
				writeBytes(out, v.toByteArray());
			}
			case Double v -> {
				out.writeByte(9);
				out.writeDouble(v);
			}
			case Float v -> {
				out.writeByte(10);
				out.writeFloat(v);
			}
			case byte[] v -> {
				out.writeByte(11);
				writeBytes(out, v);
			}
			case LocalDate v -> {
				out.writeByte(12);
				out.writeLong(v.toEpochDay());
			}
			case LocalTime v -> {
				out.writeByte(13);
				out.writeLong(v.toNanoOfDay());
			}
			case LocalDateTime v -> {
				out.writeByte(14);
				out.writeLong(v.toEpochSecond(ZoneOffset.UTC));
				out.writeInt(v.getNano());
			}
			case OffsetDateTime v -> {
				out.writeByte(15);
				out.writeLong(v.toEpochSecond());
				out.writeInt(v.getNano());
				out.writeInt(v.getOffset().getTotalSeconds());
			}
			case UUID v -> {
				out.writeByte(16);
				out.writeLong(v.getMostSignificantBits());
				out.writeLong(v.getLeastSignificantBits());
			}
			default -> throw new IOException("Cannot encode a " + value.getClass().getName());
		}
	}

	static Object readValue(DataInputStream in) throws IOException {
		int tag = in.readByte();
		return switch (tag) {
			case 0 -> null;
			case 1 -> readString(in);
			case 2 -> in.readLong();
			case 3 -> in.readInt();
			case 4 -> in.readShort();
			case 5 -> in.readByte();
			case 6 -> in.readBoolean();
			case 7 -> {
				int scale = in.readInt();
				yield new BigDecimal(new BigInteger(readBytes(in)), scale);
			}
			case 8 -> new BigInteger(readBytes(in));
			case 9 -> in.readDouble();
			case 10 -> in.readFloat();
			case 11 -> readBytes(in);
			case 12 -> LocalDate.ofEpochDay(in.readLong());
			case 13 -> LocalTime.ofNanoOfDay(in.readLong());
			case 14 -> LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
			case 15 -> {
				long seconds = in.readLong();
				int nanos = in.readInt();
				yield OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos),
						ZoneOffset.ofTotalSeconds(in.readInt()));
			}
			case 16 -> new UUID(in.readLong(), in.readLong());
			default -> throw new IOException("Unknown value tag " + tag);
		};
	}

	static void writeString(DataOutputStream out, String value) throws IOException {
		writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
	}

	static String readString(DataInputStream in) throws IOException {
		return new String(readBytes(in), StandardCharsets.UTF_8);
	}

	static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
		out.writeInt(value.length);
		out.write(value);
	}

	static byte[] readBytes(DataInputStream in) throws IOException {
		byte[] value = new byte[in.readInt()];
		in.readFully(value);
		return value;
	}

}
