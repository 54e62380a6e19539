package com.adtopaper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expand/contract rule of deploy/README.md, checked on every build: during a rolling
 * deploy the previous release still runs against the migrated schema, so a migration must
 * not drop or rename a table or column that an earlier migration created — unless it is
 * the contract step of something no release reads any more, and says so with a line
 * {@code -- contract: <what, and since which release nothing reads it>}.
 * <p>
 * The migrations up to {@link #BEFORE_THE_RULE} were released before the rule (V6_2
 * renamed a column) and cannot be changed (Flyway's checksums): they are read only for
 * what they created.
 */
class MigrationsExpandOnlyTests {

	static final String BEFORE_THE_RULE = "16.6";

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	@Test
	void noMigrationDropsOrRenamesWhatTheRunningReleaseReads() {
		for (String vendor : List.of("mariadb", "mysql", "h2")) {
			assertThat(check(migrations(vendor))).as("migrations for %s", vendor).isEmpty();
		}
	}

	@Test
	void aDroppedOrRenamedColumnOrTableIsRefusedUnlessMarkedAsContract() {
		var create = new Migration("17", "V17__orders.sql", """
				CREATE TABLE orders (
				  id BIGINT NOT NULL AUTO_INCREMENT,
				  note VARCHAR(100) NULL,
				  PRIMARY KEY (id)
				);
				ALTER TABLE orders ADD COLUMN extra INT NULL;""");
		assertThat(check(List.of(create, new Migration("18", "V18__x.sql", "ALTER TABLE orders DROP COLUMN note;"))))
			.containsExactly("V18__x.sql drops or renames column orders.note");
		assertThat(check(List.of(create, new Migration("18", "V18__x.sql", "alter table orders drop extra;"))))
			.containsExactly("V18__x.sql drops or renames column orders.extra");
		assertThat(check(
				List.of(create, new Migration("18", "V18__x.sql", "ALTER TABLE orders RENAME COLUMN note TO remark;"))))
			.containsExactly("V18__x.sql drops or renames column orders.note");
		assertThat(check(List.of(create,
				new Migration("18", "V18__x.sql", "ALTER TABLE orders CHANGE note remark VARCHAR(100) NULL;"))))
			.containsExactly("V18__x.sql drops or renames column orders.note");
		assertThat(check(List.of(create, new Migration("18", "V18__x.sql", "DROP TABLE IF EXISTS orders;"))))
			.containsExactly("V18__x.sql drops or renames table orders");
		assertThat(check(List.of(create, new Migration("18", "V18__x.sql", "RENAME TABLE orders TO purchases;"))))
			.containsExactly("V18__x.sql drops or renames table orders");
		// what is allowed: a change that keeps the name, a marked contract step, and
		// anything on what the same migration created
		assertThat(check(List.of(create,
				new Migration("18", "V18__x.sql", "ALTER TABLE orders CHANGE note note VARCHAR(200) NULL;"))))
			.isEmpty();
		assertThat(check(List.of(create, new Migration("18", "V18__x.sql", """
				-- contract: orders.note, not read since release 17 (replaced by orders.extra)
				ALTER TABLE orders DROP COLUMN note;""")))).isEmpty();
		assertThat(
				check(List.of(new Migration("18", "V18__x.sql", "CREATE TABLE scratch (id INT); DROP TABLE scratch;"))))
			.isEmpty();
	}

	record Migration(String version, String name, String sql) {
	}

	private static final Pattern CREATE_TABLE = Pattern
		.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?(\\w+)`?\\s*\\((.*)\\)", Pattern.DOTALL);

	private static final Pattern ALTER_TABLE = Pattern.compile("alter\\s+table\\s+`?(\\w+)`?\\s+(.*)", Pattern.DOTALL);

	private static final Pattern DROP_TABLE = Pattern.compile("drop\\s+table\\s+(?:if\\s+exists\\s+)?([`\\w\\s,]+)");

	private static final Pattern RENAME_TABLE = Pattern.compile("rename\\s+table\\s+`?(\\w+)`?\\s+to");

	private static final Set<String> NOT_COLUMNS = Set.of("primary", "key", "unique", "constraint", "index", "foreign",
			"check", "fulltext", "spatial");

	/** What the migrations after {@link #BEFORE_THE_RULE} drop or rename, unmarked. */
	static List<String> check(List<Migration> migrations) {
		Set<String> tables = new HashSet<>();
		Set<String> columns = new HashSet<>();
		List<String> refused = new ArrayList<>();
		for (Migration migration : migrations) {
			boolean ruled = compare(migration.version(), BEFORE_THE_RULE) > 0
					&& !migration.sql().toLowerCase(Locale.ROOT).matches("(?s).*--\\s*contract:\\s*\\S.*");
			Set<String> ownTables = new HashSet<>();
			Set<String> ownColumns = new HashSet<>();
			for (String statement : statements(migration.sql())) {
				Matcher create = CREATE_TABLE.matcher(statement);
				if (create.lookingAt()) {
					String table = create.group(1);
					ownTables.add(table);
					for (String definition : clauses(create.group(2))) {
						String first = definition.split("\\s+")[0].replace("`", "");
						if (!first.isEmpty() && !NOT_COLUMNS.contains(first)) {
							ownColumns.add(table + "." + first);
						}
					}
					continue;
				}
				Matcher drop = DROP_TABLE.matcher(statement);
				if (drop.lookingAt()) {
					for (String table : drop.group(1).replace("`", "").split("[\\s,]+")) {
						refuse(ruled, tables, "table " + table, table, migration, refused);
					}
					continue;
				}
				Matcher rename = RENAME_TABLE.matcher(statement);
				if (rename.lookingAt()) {
					refuse(ruled, tables, "table " + rename.group(1), rename.group(1), migration, refused);
					continue;
				}
				Matcher alter = ALTER_TABLE.matcher(statement);
				if (alter.lookingAt()) {
					String table = alter.group(1);
					for (String clause : clauses(alter.group(2))) {
						String[] words = clause.replace("`", "").split("\\s+");
						alterClause(table, words, ruled, tables, columns, ownColumns, migration, refused);
					}
				}
			}
			tables.addAll(ownTables);
			columns.addAll(ownColumns);
		}
		return refused;
	}

	private static void alterClause(String table, String[] words, boolean ruled, Set<String> tables,
			Set<String> columns, Set<String> ownColumns, Migration migration, List<String> refused) {
		String verb = words[0];
		boolean columnWord = words.length > 1 && words[1].equals("column");
		String column = (words.length > (columnWord ? 2 : 1)) ? words[columnWord ? 2 : 1] : "";
		switch (verb) {
			case "add" -> {
				if (columnWord || !NOT_COLUMNS.contains(column)) {
					ownColumns.add(table + "." + column);
				}
			}
			case "drop" -> {
				if (columnWord || !NOT_COLUMNS.contains(column)) {
					refuse(ruled, columns, "column " + table + "." + column, table + "." + column, migration, refused);
				}
			}
			case "change" -> {
				String newName = (words.length > (columnWord ? 3 : 2)) ? words[columnWord ? 3 : 2] : column;
				if (!newName.equals(column)) {
					refuse(ruled, columns, "column " + table + "." + column, table + "." + column, migration, refused);
					ownColumns.add(table + "." + newName);
				}
			}
			case "rename" -> {
				if (columnWord) {
					refuse(ruled, columns, "column " + table + "." + column, table + "." + column, migration, refused);
					if (words.length > 4) {
						ownColumns.add(table + "." + words[4]);
					}
				}
				else {
					refuse(ruled, tables, "table " + table, table, migration, refused);
				}
			}
			default -> {
			}
		}
	}

	private static void refuse(boolean ruled, Set<String> earlier, String what, String name, Migration migration,
			List<String> refused) {
		if (ruled && earlier.contains(name)) {
			refused.add(migration.name() + " drops or renames " + what);
		}
	}

	/** The statements, lower case, without comments. */
	private static List<String> statements(String sql) {
		String text = sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "").toLowerCase(Locale.ROOT);
		return Arrays.stream(text.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/** Splits on the commas outside parentheses. */
	private static List<String> clauses(String text) {
		List<String> clauses = new ArrayList<>();
		int depth = 0;
		StringBuilder current = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			if (c == ',' && depth == 0) {
				clauses.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		clauses.add(current.toString().strip());
		return clauses;
	}

	private static List<Migration> migrations(String vendor) {
		try (Stream<Path> common = Files.list(MIGRATIONS.resolve("common"));
				Stream<Path> own = Files.list(MIGRATIONS.resolve(vendor))) {
			return Stream.concat(common, own)
				.filter((file) -> file.getFileName().toString().matches("V[0-9_]+__.*\\.sql"))
				.map((file) -> {
					String name = file.getFileName().toString();
					String version = name.substring(1, name.indexOf("__")).replace('_', '.');
					try {
						return new Migration(version, name, Files.readString(file));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				})
				.sorted(Comparator.comparing(Migration::version, MigrationsExpandOnlyTests::compare))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int compare(String left, String right) {
		String[] a = left.split("\\.");
		String[] b = right.split("\\.");
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int x = (i < a.length) ? Integer.parseInt(a[i]) : 0;
			int y = (i < b.length) ? Integer.parseInt(b[i]) : 0;
			if (x != y) {
				return Integer.compare(x, y);
			}
		}
		return 0;
	}

}
