package com.adtopaper.querycache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The bytes of a cache entry: the generations it was read under, then the result. A
 * compact tagged format instead of Java serialization: smaller, faster, and it cannot
 * instantiate arbitrary classes from what comes back from the network.
 */
final class ResultCodec {

	private static final int VERSION = 1;

	private ResultCodec() {
	}

	/** An entry: the generations it was read under and the result. */
	record Entry(long[] generations, CachedResult result) {
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

	static byte[] encode(long[] generations, CachedResult result) {
		var bytes = new ByteArrayOutputStream(256);
		try (var out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeShort(generations.length);
			for (long generation : generations) {
				out.writeLong(generation);
			}
			out.writeShort(result.columns().length);
			for (Column c : result.columns()) {
				writeString(out, c.label());
				writeString(out, c.name());
				writeString(out, c.table());
				writeString(out, c.catalog());
				out.writeInt(c.sqlType());
				writeString(out, c.typeName());
				writeString(out, c.className());
				out.writeInt(c.precision());
				out.writeInt(c.scale());
				out.writeByte(c.nullable());
				out.writeBoolean(c.signed());
				out.writeInt(c.displaySize());
			}
			out.writeInt(result.rows().size());
			for (Object[] row : result.rows()) {
				for (Object value : row) {
					writeValue(out, value);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Whether an entry was stored under these generations; reads its header only. */
	static boolean storedUnder(byte[] entry, long[] generations) {
		if (entry.length < 3 + generations.length * 8L || entry[0] != VERSION
				|| ((entry[1] & 0xFF) << 8 | (entry[2] & 0xFF)) != generations.length) {
			return false;
		}
		for (int i = 0; i < generations.length; i++) {
			long stored = 0;
			for (int b = 0; b < 8; b++) {
				stored = (stored << 8) | (entry[3 + i * 8 + b] & 0xFF);
			}
			if (stored != generations[i]) {
				return false;
			}
		}
		return true;
	}

	static Entry decode(byte[] entry) {
		try (var in = new DataInputStream(new ByteArrayInputStream(entry))) {
			if (in.readByte() != VERSION) {
				throw new IOException("Unknown entry version");
			}
			long[] generations = new long[in.readShort()];
			for (int i = 0; i < generations.length; i++) {
				generations[i] = in.readLong();
			}
			Column[] columns = new Column[in.readShort()];
			for (int i = 0; i < columns.length; i++) {
				columns[i] = new Column(readString(in), readString(in), readString(in), readString(in), in.readInt(),
						readString(in), readString(in), in.readInt(), in.readInt(), in.readByte(), in.readBoolean(),
						in.readInt());
			}
			int count = in.readInt();
			List<Object[]> rows = new ArrayList<>(count);
			for (int r = 0; r < count; r++) {
				Object[] row = new Object[columns.length];
				for (int i = 0; i < row.length; i++) {
					row[i] = readValue(in);
				}
				rows.add(row);
			}
			return new Entry(generations, new CachedResult(columns, rows, true));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeValue(DataOutputStream out, Object value) throws IOException {
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

	private static Object readValue(DataInputStream in) throws IOException {
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

	private static void writeString(DataOutputStream out, String value) throws IOException {
		writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
	}

	private static String readString(DataInputStream in) throws IOException {
		return new String(readBytes(in), StandardCharsets.UTF_8);
	}

	private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
		out.writeInt(value.length);
		out.write(value);
	}

	private static byte[] readBytes(DataInputStream in) throws IOException {
		byte[] value = new byte[in.readInt()];
		in.readFully(value);
		return value;
	}

}
