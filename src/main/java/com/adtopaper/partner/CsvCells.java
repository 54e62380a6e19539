package com.adtopaper.partner;

/**
 * One CSV cell as RFC 4180 writes it, a text that would start a spreadsheet formula
 * ({@code =}, {@code +}, {@code -}, {@code @}) escaped with a leading apostrophe, since
 * partners open these files in spreadsheets and the texts may be typed by anyone.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * The text as one cell: formula-escaped, quoted when it holds a quote, comma or line
	 * break.
	 */
	public static String cell(String text) {
		if (text == null) {
			return "";
		}
		String value = text;
		if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains("\"") || value.contains(",") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
