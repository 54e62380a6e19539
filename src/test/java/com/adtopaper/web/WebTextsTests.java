package com.adtopaper.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's texts come from its bundles, Korean and English key for key: every key a
 * template of the site names is in both, and no element of a template shows a text of its
 * own (what a template holds between tags is a placeholder that {@code th:text}
 * replaces).
 */
class WebTextsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/web");

	/** {@code #{key}} or {@code #{key(...)}} with a literal key. */
	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

	/** Text between a tag's end and the next tag, outside th:text/th:replace elements. */
	private static final Pattern TAG = Pattern
		.compile("<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");

	/** Text after a closing tag. */
	private static final Pattern CLOSING = Pattern.compile("</[a-zA-Z][^>]*>([^<]*)");

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		assertThat(bundle("ko").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
	}

	@Test
	void everyKeyTheTemplatesNameIsInBothBundles() throws IOException {
		Properties ko = bundle("ko");
		Properties en = bundle("en");
		Properties shared = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			shared.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				String key = matcher.group(1);
				if (!(ko.containsKey(key) && en.containsKey(key)) && !shared.containsKey(key)) {
					missing.add(template.getFileName() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noElementOfATemplateShowsATextOfItsOwn() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = TAG.matcher(Files.readString(template));
			while (matcher.find()) {
				String attributes = matcher.group(2);
				String text = matcher.group(3).strip();
				boolean replaced = attributes.contains("th:text") || attributes.contains("th:replace")
						|| attributes.contains("th:errors") || matcher.group(1).equals("title");
				if (!text.isEmpty() && !replaced && text.chars().anyMatch(Character::isLetter) && !text.equals("·")) {
					found.add(template.getFileName() + ": " + text);
				}
			}
			Matcher after = CLOSING.matcher(Files.readString(template));
			while (after.find()) {
				if (after.group(1).chars().anyMatch(Character::isLetter)) {
					found.add(template.getFileName() + ": " + after.group(1).strip());
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			return files.filter((path) -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties bundle(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files
			.newInputStream(Path.of("src/main/resources/messages-web_" + language + ".properties"))) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
