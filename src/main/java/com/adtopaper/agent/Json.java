package com.adtopaper.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Just enough JSON for the printer API's small bodies, so the agent needs no JSON
 * library: a parser for objects and a quoter for strings.
 */
final class Json {

	private final String text;

	private int at;

	private Json(String text) {
		this.text = text;
	}

	/**
	 * The members of a JSON object: strings, numbers (as {@code Number}), booleans,
	 * nulls, lists and maps.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, @Nullable Object> object(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.space();
		if (!(value instanceof Map) || json.at != text.length()) {
			throw new IllegalArgumentException("Not a JSON object: " + text);
		}
		return (Map<String, @Nullable Object>) value;
	}

	static String quote(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append((c < 0x20) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}

	private @Nullable Object value() {
		space();
		char c = peek();
		if (c == '{') {
			Map<String, @Nullable Object> members = new LinkedHashMap<>();
			this.at++;
			while (space() != '}') {
				String name = string();
				expect(':');
				members.put(name, value());
				if (space() == ',') {
					this.at++;
				}
			}
			this.at++;
			return members;
		}
		if (c == '[') {
			List<@Nullable Object> items = new ArrayList<>();
			this.at++;
			while (space() != ']') {
				items.add(value());
				if (space() == ',') {
					this.at++;
				}
			}
			this.at++;
			return items;
		}
		if (c == '"') {
			return string();
		}
		int start = this.at;
		while (this.at < this.text.length() && "{}[],: \t\r\n".indexOf(this.text.charAt(this.at)) < 0) {
			this.at++;
		}
		String word = this.text.substring(start, this.at);
		return switch (word) {
			case "true" -> true;
			case "false" -> false;
			case "null" -> null;
			default -> number(word);
		};
	}

	private Number number(String word) {
		try {
			// not a conditional expression: its Double and Long would both become a
			// double
			if (word.contains(".") || word.contains("e") || word.contains("E")) {
				return Double.parseDouble(word);
			}
			return Long.parseLong(word);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Not JSON at " + this.at + ": " + word, ex);
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		char c;
		while ((c = next()) != '"') {
			if (c == '\\') {
				char escaped = next();
				switch (escaped) {
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'u' -> {
						out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
						this.at += 4;
					}
					default -> out.append(escaped);
				}
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private void expect(char c) {
		if (space() != c) {
			throw new IllegalArgumentException("Expected '" + c + "' at " + this.at + " in JSON");
		}
		this.at++;
	}

	private char space() {
		while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
			this.at++;
		}
		return (this.at < this.text.length()) ? this.text.charAt(this.at) : '\0';
	}

	private char peek() {
		if (this.at >= this.text.length()) {
			throw new IllegalArgumentException("JSON ends too early");
		}
		return this.text.charAt(this.at);
	}

	private char next() {
		char c = peek();
		this.at++;
		return c;
	}

}
