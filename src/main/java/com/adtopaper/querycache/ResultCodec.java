package com.adtopaper.querycache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
				ValueCodec.writeString(out, c.label());
				ValueCodec.writeString(out, c.name());
				ValueCodec.writeString(out, c.table());
				ValueCodec.writeString(out, c.catalog());
				out.writeInt(c.sqlType());
				ValueCodec.writeString(out, c.typeName());
				ValueCodec.writeString(out, c.className());
				out.writeInt(c.precision());
				out.writeInt(c.scale());
				out.writeByte(c.nullable());
				out.writeBoolean(c.signed());
				out.writeInt(c.displaySize());
			}
			out.writeInt(result.rows().size());
			for (Object[] row : result.rows()) {
				for (Object value : row) {
					ValueCodec.writeValue(out, value);
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
				columns[i] = new Column(ValueCodec.readString(in), ValueCodec.readString(in), ValueCodec.readString(in),
						ValueCodec.readString(in), in.readInt(), ValueCodec.readString(in), ValueCodec.readString(in),
						in.readInt(), in.readInt(), in.readByte(), in.readBoolean(), in.readInt());
			}
			int count = in.readInt();
			List<Object[]> rows = new ArrayList<>(count);
			for (int r = 0; r < count; r++) {
				Object[] row = new Object[columns.length];
				for (int i = 0; i < row.length; i++) {
					row[i] = ValueCodec.readValue(in);
				}
				rows.add(row);
			}
			return new Entry(generations, new CachedResult(columns, rows, true));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
