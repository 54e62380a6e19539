package com.adtopaper.querycache;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import org.jspecify.annotations.Nullable;
import com.github.benmanes.caffeine.cache.Caffeine;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Reads a SQL statement with JSqlParser: which tables it reads or writes (joins,
 * subqueries, UNION, derived tables, CTEs), and whether its result may be cached. Results
 * are remembered per SQL text, since an application sends the same few hundred texts.
 */
final class SqlAnalyzer {

	/** Functions whose result depends on more than the tables. */
	private static final Set<String> NON_DETERMINISTIC = Set.of("NOW", "SYSDATE", "CURDATE", "CURTIME",
			"CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIME", "LOCALTIMESTAMP", "UTC_TIMESTAMP",
			"UTC_DATE", "UTC_TIME", "UNIX_TIMESTAMP", "RAND", "RANDOM", "UUID", "UUID_SHORT", "RANDOM_UUID", "SYS_GUID",
			"LAST_INSERT_ID", "FOUND_ROWS", "ROW_COUNT", "CONNECTION_ID", "USER", "CURRENT_USER", "SESSION_USER",
			"SYSTEM_USER", "DATABASE", "SCHEMA", "VERSION", "SLEEP", "BENCHMARK", "GET_LOCK", "RELEASE_LOCK",
			"IS_FREE_LOCK", "IS_USED_LOCK", "NEXTVAL", "LASTVAL", "SETVAL", "MASTER_POS_WAIT", "MASTER_GTID_WAIT",
			"LOAD_FILE", "DISK_SPACE", "MEMORY_USED", "TRANSACTION_ID");

	/** The same, written as keywords without parentheses. */
	private static final Set<String> NON_DETERMINISTIC_KEYWORDS = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE",
			"CURRENT_TIME", "LOCALTIME", "LOCALTIMESTAMP", "UTC_TIMESTAMP", "UTC_DATE", "UTC_TIME", "CURRENT_USER",
			"SYSDATE");

	private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "performance_schema", "mysql",
			"sys");

	private static final Set<String> NEUTRAL_STATEMENTS = Set.of("SET", "SHOW", "USE", "EXPLAIN", "DESCRIBE", "DESC",
			"SAVEPOINT", "RELEASE", "BEGIN", "START", "LOCK", "UNLOCK", "DO", "HELP");

	private static final Set<String> READ_STATEMENTS = Set.of("SELECT", "VALUES", "TABLE");

	private final Cache<String, SqlAnalysis> analyses;

	SqlAnalyzer(int size) {
		this.analyses = Caffeine.newBuilder().maximumSize(size).build();
	}

	SqlAnalysis analyze(String sql) {
		return this.analyses.get(sql, SqlAnalyzer::analyzeNow);
	}

	static SqlAnalysis analyzeNow(String sql) {
		SqlTokens tokens = SqlTokens.of(sql);
		String first = tokens.first();
		if (first.equals("COMMIT")) {
			return SqlAnalysis.of(SqlAnalysis.Kind.COMMIT);
		}
		if (first.equals("ROLLBACK")) {
			return tokens.hasSequence("ROLLBACK", "TO") ? SqlAnalysis.of(SqlAnalysis.Kind.NEUTRAL)
					: SqlAnalysis.of(SqlAnalysis.Kind.ROLLBACK);
		}
		if (NEUTRAL_STATEMENTS.contains(first)) {
			return SqlAnalysis.of(SqlAnalysis.Kind.NEUTRAL);
		}
		String lexical = READ_STATEMENTS.contains(first) ? lexicalBypass(tokens) : null;
		if (lexical != null) {
			return SqlAnalysis.uncacheable(lexical);
		}
		Statement statement;
		try {
			statement = CCJSqlParserUtil.parse(sql);
		}
		catch (JSQLParserException | RuntimeException ex) {
			// a statement we cannot read: a query is not cached, anything else may have
			// written anything
			return READ_STATEMENTS.contains(first) ? SqlAnalysis.uncacheable("unparseable")
					: SqlAnalysis.of(SqlAnalysis.Kind.SCHEMA);
		}
		if (statement instanceof Select) {
			return read(statement);
		}
		return write(statement);
	}

	private static @Nullable String lexicalBypass(SqlTokens tokens) {
		if (tokens.hasSequence("FOR", "UPDATE") || tokens.hasSequence("FOR", "SHARE")
				|| tokens.hasSequence("LOCK", "IN", "SHARE", "MODE")) {
			return "locking";
		}
		if (tokens.calls(NON_DETERMINISTIC) || tokens.mentions(NON_DETERMINISTIC_KEYWORDS) || tokens.usesUserVariables()
				|| tokens.hasSequence("NEXT", "VALUE", "FOR")) {
			return "non-deterministic";
		}
		if (tokens.mentions(Set.of("INTO"))) {
			return "select-into";
		}
		return null;
	}

	private static SqlAnalysis read(Statement statement) {
		Set<String> tables = names(new TablesNamesFinder().getTables(statement));
		if (tables.isEmpty()) {
			return SqlAnalysis.uncacheable("no-tables");
		}
		for (String table : tables) {
			if (table.contains(".") && SYSTEM_SCHEMAS.contains(table.substring(0, table.indexOf('.')))) {
				return SqlAnalysis.uncacheable("system-table");
			}
		}
		return SqlAnalysis.read(tables);
	}

	private static SqlAnalysis write(Statement statement) {
		return switch (statement) {
			case Insert insert -> SqlAnalysis.write(names(Set.of(insert.getTable().getFullyQualifiedName())), false,
					insert.getDuplicateUpdateSets() != null || insert.getDuplicateAction() != null);
			case Update update -> SqlAnalysis.write(multiTable(statement, update.getTable(),
					update.getJoins() != null || update.getStartJoins() != null), false, true);
			case Delete delete -> SqlAnalysis.write(
					multiTable(statement, delete.getTable(),
							delete.getJoins() != null || delete.getTables() != null || delete.getUsingList() != null),
					true, false);
			case Upsert upsert ->
				SqlAnalysis.write(names(Set.of(upsert.getTable().getFullyQualifiedName())), true, true);
			case Merge merge -> SqlAnalysis.write(names(new TablesNamesFinder().getTables(statement)), true, true);
			case Truncate truncate ->
				SqlAnalysis.write(names(Set.of(truncate.getTable().getFullyQualifiedName())), true, false);
			default -> SqlAnalysis.of(SqlAnalysis.Kind.SCHEMA);
		};
	}

	/**
	 * A multi-table UPDATE or DELETE may write any table it names; aliases make the
	 * targets hard to resolve, so all of them count as written.
	 */
	private static Set<String> multiTable(Statement statement, Table target, boolean multi) {
		return multi ? names(new TablesNamesFinder().getTables(statement))
				: names(Set.of(target.getFullyQualifiedName()));
	}

	/**
	 * Table names in lower case without quotes; a schema prefix is kept only for system
	 * schemas.
	 */
	static Set<String> names(Set<String> raw) {
		Set<String> names = new TreeSet<>();
		for (String name : raw) {
			String clean = name.replace("`", "").replace("\"", "").toLowerCase(Locale.ROOT);
			int dot = clean.lastIndexOf('.');
			if (dot >= 0 && !SYSTEM_SCHEMAS.contains(clean.substring(0, clean.indexOf('.')))) {
				clean = clean.substring(dot + 1);
			}
			names.add(clean);
		}
		return names;
	}

}
