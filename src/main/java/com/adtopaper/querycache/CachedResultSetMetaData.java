package com.adtopaper.querycache;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** The metadata of a cached result, as the driver gave it. */
record CachedResultSetMetaData(Column[] columns) implements ResultSetMetaData {

	private Column column(int index) throws SQLException {
		if (index < 1 || index > this.columns.length) {
			throw new SQLException("No column " + index);
		}
		return this.columns[index - 1];
	}

	@Override
	public int getColumnCount() {
		return this.columns.length;
	}

	@Override
	public boolean isAutoIncrement(int column) {
		return false;
	}

	@Override
	public boolean isCaseSensitive(int column) {
		return true;
	}

	@Override
	public boolean isSearchable(int column) {
		return true;
	}

	@Override
	public boolean isCurrency(int column) {
		return false;
	}

	@Override
	public int isNullable(int column) throws SQLException {
		return column(column).nullable();
	}

	@Override
	public boolean isSigned(int column) throws SQLException {
		return column(column).signed();
	}

	@Override
	public int getColumnDisplaySize(int column) throws SQLException {
		return column(column).displaySize();
	}

	@Override
	public String getColumnLabel(int column) throws SQLException {
		return column(column).label();
	}

	@Override
	public String getColumnName(int column) throws SQLException {
		return column(column).name();
	}

	@Override
	public String getSchemaName(int column) {
		return "";
	}

	@Override
	public int getPrecision(int column) throws SQLException {
		return column(column).precision();
	}

	@Override
	public int getScale(int column) throws SQLException {
		return column(column).scale();
	}

	@Override
	public String getTableName(int column) throws SQLException {
		return column(column).table();
	}

	@Override
	public String getCatalogName(int column) throws SQLException {
		return column(column).catalog();
	}

	@Override
	public int getColumnType(int column) throws SQLException {
		return column(column).sqlType();
	}

	@Override
	public String getColumnTypeName(int column) throws SQLException {
		return column(column).typeName();
	}

	@Override
	public boolean isReadOnly(int column) {
		return true;
	}

	@Override
	public boolean isWritable(int column) {
		return false;
	}

	@Override
	public boolean isDefinitelyWritable(int column) {
		return false;
	}

	@Override
	public String getColumnClassName(int column) throws SQLException {
		return column(column).className();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException("Not a wrapper of " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}

}
