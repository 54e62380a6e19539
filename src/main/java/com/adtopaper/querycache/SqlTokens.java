package com.adtopaper.querycache;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A lexical pass over a SQL statement: its keywords and the functions it calls, with
 * string literals, quoted identifiers and comments skipped. It answers what the parse
 * tree would answer only with a visitor for every expression type of every dialect: does
 * the statement lock, call a non-deterministic function or use a user variable.
 */
final class SqlTokens {

	private final List<String> words = new ArrayList<>();

	private final Set<String> functions = new HashSet<>();

	private boolean userVariables;

	private SqlTokens() {
	}

	static SqlTokens of(String sql) {
		var tokens = new SqlTokens();
		int i = 0;
		int n = sql.length();
		while (i < n) {
			char c = sql.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				i = skipQuoted(sql, i, c);
			}
			else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#') {
				i = skipLine(sql, i);
			}
			else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
				int end = sql.indexOf("*/", i + 2);
				i = (end < 0) ? n : end + 2;
			}
			else if (c == '@') {
				tokens.userVariables = true;
				i++;
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < n
						&& (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
					i++;
				}
				String word = sql.substring(start, i).toUpperCase(Locale.ROOT);
				tokens.words.add(word);
				int next = i;
				while (next < n && Character.isWhitespace(sql.charAt(next))) {
					next++;
				}
				if (next < n && sql.charAt(next) == '(') {
					tokens.functions.add(word);
				}
			}
			else {
				i++;
			}
		}
		return tokens;
	}

	private static int skipQuoted(String sql, int start, char quote) {
		int i = start + 1;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (c == '\\' && quote != '`') {
				i += 2;
			}
			else if (c == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
				}
				else {
					return i + 1;
				}
			}
			else {
				i++;
			}
		}
		return i;
	}

	private static int skipLine(String sql, int start) {
		int end = sql.indexOf('\n', start);
		return (end < 0) ? sql.length() : end + 1;
	}

	String first() {
		return this.words.isEmpty() ? "" : this.words.getFirst();
	}

	boolean calls(Set<String> names) {
		for (String function : this.functions) {
			if (names.contains(function)) {
				return true;
			}
		}
		return false;
	}

	boolean mentions(Set<String> keywords) {
		for (String word : this.words) {
			if (keywords.contains(word)) {
				return true;
			}
		}
		return false;
	}

	boolean usesUserVariables() {
		return this.userVariables;
	}

	/** Whether the words appear one after the other somewhere in the statement. */
	boolean hasSequence(String... sequence) {
		outer: for (int i = 0; i + sequence.length <= this.words.size(); i++) {
			for (int j = 0; j < sequence.length; j++) {
				if (!this.words.get(i + j).equals(sequence[j])) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
