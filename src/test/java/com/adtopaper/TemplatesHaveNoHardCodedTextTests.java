package com.adtopaper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads on a page comes from the message bundles, in Korean or in
 * English: no template has a word of its own in a text node (the prototype text a
 * {@code th:text} replaces included) or in an attribute a person reads (a title, a
 * placeholder, an ARIA label, an image's alternative, a button's value). What stays is
 * words in no language: symbols and numbers, and the few names below.
 */
class TemplatesHaveNoHardCodedTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Every site is converted: nothing is left out. */
	private static final List<String> NOT_YET_CONVERTED = List.of();

	/**
	 * Words that stay as they are in every language: the language switch names each
	 * language in itself, and a download names its format.
	 */
	private static final Set<String> ALLOWED = Set.of("한국어", "English", "CSV", "PDF");

	private static final Set<String> HUMAN_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt");

	private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

	/** Text nodes' inlined expressions, [[...]] and [(...)], are the bundles' or data. */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	@Test
	void everyTextOfEveryConvertedTemplateIsAMessage() throws IOException, ParseException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
			if (NOT_YET_CONVERTED.stream().anyMatch(name::startsWith)) {
				continue;
			}
			new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(Files.readString(template),
					new HardCodedText(name, found));
		}
		assertThat(found).isEmpty();
	}

	/** {@code #{key}} or {@code #{key(...)}} with a literal key. */
	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

	@Test
	void everyKeyATemplateNamesHasKoreanAndEnglish() throws IOException {
		java.util.Properties ko = new java.util.Properties();
		java.util.Properties en = new java.util.Properties();
		for (String basename : List.of("messages", "messages-admin", "messages-web")) {
			load(ko, basename + "_ko");
			load(en, basename + "_en");
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			var keys = KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!ko.containsKey(keys.group(1)) || !en.containsKey(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static void load(java.util.Properties into, String bundle) throws IOException {
		try (var in = Files.newBufferedReader(Path.of("src/main/resources", bundle + ".properties"))) {
			into.load(in);
		}
	}

	@Test
	void theScanFindsAHardCodedWordInTextAndInAttributes() throws ParseException {
		List<String> found = new ArrayList<>();
		new MarkupParser(ParseConfiguration.htmlConfiguration())
			.parse("<p th:text=\"#{a}\">Old words</p><img src=\"x.png\" alt=\"A cat\"><input type=\"submit\" value=\"Go\">"
					+ "<input name=\"n\" value=\"kept\" th:placeholder=\"#{b}\"><span>₩ 1,000 · —</span> <a>한국어</a> | <a>English</a>",
					new HardCodedText("sample.html", found));
		assertThat(found).containsExactly("sample.html:1: text \"Old words\"", "sample.html:1: alt=\"A cat\"",
				"sample.html:1: value=\"Go\"");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((path) -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	static boolean hardCoded(String text) {
		String words = INLINED.matcher(text).replaceAll("").strip();
		return LETTER.matcher(words).find() && !ALLOWED.contains(words);
	}

	/** Collects the words of one template that do not come from the bundles. */
	private static final class HardCodedText extends AbstractMarkupHandler {

		private final String template;

		private final List<String> found;

		private final Map<String, String> attributes = new HashMap<>();

		private String element = "";

		private int line;

		private boolean inScript;

		HardCodedText(String template, List<String> found) {
			this.template = template;
			this.found = found;
		}

		@Override
		public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
			start(new String(buffer, offset, len), line);
		}

		@Override
		public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line,
				int col) {
			start(new String(buffer, offset, len), line);
		}

		@Override
		public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
			end();
			this.inScript = this.element.equals("script") || this.element.equals("style");
		}

		@Override
		public void handleStandaloneElementEnd(char[] buffer, int offset, int len, boolean minimized, int line,
				int col) {
			end();
		}

		@Override
		public void handleCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
			this.inScript = false;
		}

		@Override
		public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
				int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
				int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
			this.attributes.put(new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT),
					new String(buffer, valueContentOffset, valueContentLen));
		}

		@Override
		public void handleText(char[] buffer, int offset, int len, int line, int col) {
			String text = new String(buffer, offset, len);
			if (!this.inScript && hardCoded(text)) {
				this.found.add(this.template + ":" + line + ": text \"" + text.strip().replaceAll("\\s+", " ") + "\"");
			}
		}

		private void start(String name, int line) {
			this.element = name.toLowerCase(Locale.ROOT);
			this.line = line;
			this.attributes.clear();
		}

		private void end() {
			this.attributes.forEach((name, value) -> {
				boolean human = HUMAN_ATTRIBUTES.contains(name) || (name.equals("value") && this.element.equals("input")
						&& BUTTON_INPUTS.contains(this.attributes.getOrDefault("type", "")));
				if (human && hardCoded(value)) {
					this.found.add(this.template + ":" + this.line + ": " + name + "=\"" + value + "\"");
				}
			});
		}

	}

}
