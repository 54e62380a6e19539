package com.adtopaper.querycache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the cache needs to know of the schema, read once through JDBC metadata and read
 * again after DDL: which database this is (part of every key), a fingerprint of every
 * table's columns (so a result of an old shape is never served after a migration), and
 * which tables a cascading foreign key reaches from each table.
 */
final class SchemaMetadata {

	/**
	 * @param databaseId the database (URL and catalog), shared by every schema version
	 * @param fingerprint the tables and columns as they are now
	 * @param onDelete for each table, the tables whose rows deleting its rows changes
	 * @param onUpdate for each table, the tables whose rows updating its rows changes
	 */
	record Snapshot(String databaseId, String fingerprint, Map<String, Set<String>> onDelete,
			Map<String, Set<String>> onUpdate) {

		/** The written tables and every table their cascading foreign keys reach. */
		Set<String> withCascades(SqlAnalysis write) {
			Set<String> all = new TreeSet<>(write.tables());
			var queue = new ArrayDeque<>(write.tables());
			while (!queue.isEmpty()) {
				String table = queue.poll();
				Set<String> children = new HashSet<>();
				if (write.deletes()) {
					children.addAll(this.onDelete.getOrDefault(table, Set.of()));
				}
				if (write.updates()) {
					children.addAll(this.onUpdate.getOrDefault(table, Set.of()));
				}
				for (String child : children) {
					if (all.add(child)) {
						queue.add(child);
					}
				}
			}
			return all;
		}

	}

	private volatile Snapshot snapshot;

	/**
	 * The schema as it is, read through the connection the caller already holds: taking
	 * another one from the pool could wait forever on a pool that the caller's own
	 * request has exhausted.
	 */
	Snapshot current(Connection connection) throws SQLException {
		Snapshot current = this.snapshot;
		if (current == null) {
			current = load(connection);
			this.snapshot = current;
		}
		return current;
	}

	void reset() {
		this.snapshot = null;
	}

	private static Snapshot load(Connection connection) throws SQLException {
		{
			DatabaseMetaData meta = connection.getMetaData();
			String catalog = connection.getCatalog();
			String schema = connection.getSchema();
			String id = hash(meta.getURL() + "|" + catalog + "|" + schema).substring(0, 12);
			var columns = new TreeSet<String>();
			var tables = new HashSet<String>();
			try (var rows = meta.getColumns(catalog, schema, "%", "%")) {
				while (rows.next()) {
					String table = rows.getString("TABLE_NAME");
					if (table.toLowerCase(Locale.ROOT).startsWith("query_cache_")) {
						// the cache's own, created when the cache first needs them
						continue;
					}
					tables.add(table);
					columns.add(table.toLowerCase(Locale.ROOT) + "." + rows.getString("COLUMN_NAME") + ":"
							+ rows.getString("TYPE_NAME") + ":" + rows.getInt("COLUMN_SIZE") + ":"
							+ rows.getString("IS_NULLABLE"));
				}
			}
			Map<String, Set<String>> onDelete = new HashMap<>();
			Map<String, Set<String>> onUpdate = new HashMap<>();
			for (String table : tables) {
				try (var keys = meta.getExportedKeys(catalog, schema, table)) {
					while (keys.next()) {
						String parent = table.toLowerCase(Locale.ROOT);
						String child = keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT);
						if (changesChildren(keys.getShort("DELETE_RULE"))) {
							onDelete.computeIfAbsent(parent, (t) -> new HashSet<>()).add(child);
						}
						if (changesChildren(keys.getShort("UPDATE_RULE"))) {
							onUpdate.computeIfAbsent(parent, (t) -> new HashSet<>()).add(child);
						}
					}
				}
			}
			return new Snapshot(id, hash(String.join("\n", columns)).substring(0, 16), onDelete, onUpdate);
		}
	}

	private static boolean changesChildren(short rule) {
		return rule == DatabaseMetaData.importedKeyCascade || rule == DatabaseMetaData.importedKeySetNull
				|| rule == DatabaseMetaData.importedKeySetDefault;
	}

	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
