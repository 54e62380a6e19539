package com.adtopaper.querycache;

import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A read-only, scrollable {@link ResultSet} over a {@link CachedResult}. A dynamic proxy
 * rather than a class with the interface's two hundred methods: reading (getters by index
 * or label, with or without a calendar, {@code getObject} with a class) and moving are
 * answered here; updating is refused.
 */
final class CachedResultSet implements InvocationHandler {

	private static final Map<String, Class<?>> GETTERS = Map.ofEntries(Map.entry("getString", String.class),
			Map.entry("getNString", String.class), Map.entry("getInt", int.class), Map.entry("getLong", long.class),
			Map.entry("getShort", short.class), Map.entry("getByte", byte.class),
			Map.entry("getBoolean", boolean.class), Map.entry("getFloat", float.class),
			Map.entry("getDouble", double.class), Map.entry("getBigDecimal", BigDecimal.class),
			Map.entry("getBytes", byte[].class), Map.entry("getDate", Date.class), Map.entry("getTime", Time.class),
			Map.entry("getTimestamp", Timestamp.class), Map.entry("getAsciiStream", InputStream.class),
			Map.entry("getBinaryStream", InputStream.class), Map.entry("getUnicodeStream", InputStream.class),
			Map.entry("getCharacterStream", Reader.class), Map.entry("getNCharacterStream", Reader.class),
			Map.entry("getBlob", Blob.class), Map.entry("getClob", Clob.class), Map.entry("getNClob", NClob.class));

	private static final Object[] NO_ARGUMENTS = {};

	private final CachedResult result;

	private final @Nullable Statement statement;

	private final Map<String, Integer> labels = new HashMap<>();

	private final CachedResultSetMetaData metaData;

	private int row;

	private boolean wasNull;

	private boolean closed;

	private int fetchSize;

	private CachedResultSet(CachedResult result, @Nullable Statement statement) {
		this.result = result;
		this.statement = statement;
		this.metaData = new CachedResultSetMetaData(result.columns());
		Column[] columns = result.columns();
		for (int i = columns.length - 1; i >= 0; i--) {
			this.labels.put(columns[i].name().toLowerCase(Locale.ROOT), i + 1);
		}
		for (int i = columns.length - 1; i >= 0; i--) {
			this.labels.put(columns[i].label().toLowerCase(Locale.ROOT), i + 1);
		}
	}

	static ResultSet open(CachedResult result, @Nullable Statement statement) {
		return (ResultSet) Proxy.newProxyInstance(CachedResultSet.class.getClassLoader(),
				new Class<?>[] { ResultSet.class }, new CachedResultSet(result, statement));
	}

	@Override
	public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
		String name = method.getName();
		Object[] a = (args != null) ? args : NO_ARGUMENTS;
		Class<?> getter = GETTERS.get(name);
		if (getter != null) {
			return get(name, a, getter);
		}
		return switch (name) {
			case "getObject" -> getObject(a);
			case "next" -> move(this.row + 1);
			case "previous" -> move(this.row - 1);
			case "first" -> move(1);
			case "last" -> move(size());
			case "beforeFirst" -> move(0) && false;
			case "afterLast" -> move(size() + 1) && false;
			case "absolute" -> move(((int) a[0] >= 0) ? (int) a[0] : size() + 1 + (int) a[0]);
			case "relative" -> move(this.row + (int) a[0]);
			case "isBeforeFirst" -> this.row == 0 && size() > 0;
			case "isAfterLast" -> this.row > size() && size() > 0;
			case "isFirst" -> this.row == 1 && size() > 0;
			case "isLast" -> this.row == size() && size() > 0;
			case "getRow" -> (this.row >= 1 && this.row <= size()) ? this.row : 0;
			case "wasNull" -> this.wasNull;
			case "findColumn" -> column((String) a[0]);
			case "getMetaData" -> this.metaData;
			case "close" -> {
				this.closed = true;
				yield null;
			}
			case "isClosed" -> this.closed;
			case "getStatement" -> this.statement;
			case "getWarnings" -> null;
			case "clearWarnings" -> null;
			case "getType" -> ResultSet.TYPE_SCROLL_INSENSITIVE;
			case "getConcurrency" -> ResultSet.CONCUR_READ_ONLY;
			case "getHoldability" -> ResultSet.HOLD_CURSORS_OVER_COMMIT;
			case "getFetchDirection" -> ResultSet.FETCH_FORWARD;
			case "setFetchDirection" -> null;
			case "getFetchSize" -> this.fetchSize;
			case "setFetchSize" -> {
				this.fetchSize = (int) a[0];
				yield null;
			}
			case "rowUpdated", "rowInserted", "rowDeleted" -> false;
			case "unwrap" -> unwrap(proxy, (Class<?>) a[0]);
			case "isWrapperFor" -> ((Class<?>) a[0]).isInstance(proxy);
			case "toString" -> "CachedResultSet[" + size() + " rows]";
			case "hashCode" -> System.identityHashCode(proxy);
			case "equals" -> proxy == a[0];
			default -> throw new SQLFeatureNotSupportedException(name + " is not supported on a cached result");
		};
	}

	private @Nullable Object get(String name, Object[] args, Class<?> target) throws SQLException {
		Object value = value(args[0]);
		Calendar calendar = (args.length > 1 && args[1] instanceof Calendar c) ? c : null;
		Object converted = Values.convert(value, target, calendar);
		if (name.equals("getBigDecimal") && args.length > 1 && args[1] instanceof Integer scale && converted != null) {
			converted = ((BigDecimal) converted).setScale(scale, RoundingMode.HALF_UP);
		}
		return converted;
	}

	private @Nullable Object getObject(Object[] args) throws SQLException {
		Object value = value(args[0]);
		if (args.length > 1 && args[1] instanceof Class<?> type) {
			return Values.convert(value, type, null);
		}
		return Values.jdbcDefault(value, this.result.columns()[index(args[0]) - 1]);
	}

	private @Nullable Object value(Object column) throws SQLException {
		if (this.closed) {
			throw new SQLException("The result set is closed");
		}
		if (this.row < 1 || this.row > size()) {
			throw new SQLException("The cursor is not on a row");
		}
		Object value = this.result.rows().get(this.row - 1)[index(column) - 1];
		this.wasNull = value == null;
		return value;
	}

	private int index(Object column) throws SQLException {
		int index = (column instanceof String label) ? column(label) : (int) column;
		if (index < 1 || index > this.result.columns().length) {
			throw new SQLException("No column " + column);
		}
		return index;
	}

	private int column(String label) throws SQLException {
		Integer index = this.labels.get(label.toLowerCase(Locale.ROOT));
		if (index == null) {
			throw new SQLException("No column labelled " + label);
		}
		return index;
	}

	private boolean move(int to) throws SQLException {
		if (this.closed) {
			throw new SQLException("The result set is closed");
		}
		this.row = Math.max(0, Math.min(to, size() + 1));
		return this.row >= 1 && this.row <= size();
	}

	private int size() {
		return this.result.rows().size();
	}

	private Object unwrap(Object proxy, Class<?> type) throws SQLException {
		if (type.isInstance(proxy)) {
			return proxy;
		}
		throw new SQLException("Not a wrapper of " + type.getName());
	}

}
