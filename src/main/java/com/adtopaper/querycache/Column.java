package com.adtopaper.querycache;

/**
 * What a result set's metadata says of one column, kept so that a cached result answers
 * {@code getMetaData()} as the driver did.
 */
record Column(String label, String name, String table, String catalog, int sqlType, String typeName, String className,
		int precision, int scale, int nullable, boolean signed, int displaySize) {

}
