package com.adtopaper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Korean and English say the same things: each bundle (the sites', the admin's, the
 * public web's) has every key in both languages, and none is left empty.
 */
class MessageBundlesTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages-admin", "messages-web" })
	void koreanAndEnglishHaveTheSameKeys(String basename) throws IOException {
		Map<String, String> korean = bundle(basename + "_ko");
		Map<String, String> english = bundle(basename + "_en");
		assertThat(missing(korean.keySet(), english.keySet())).as("in %s_ko, not in %s_en", basename, basename)
			.isEmpty();
		assertThat(missing(english.keySet(), korean.keySet())).as("in %s_en, not in %s_ko", basename, basename)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages_ko", "messages_en", "messages-admin_ko", "messages-admin_en", "messages-web_ko",
			"messages-web_en" })
	void noTextIsEmpty(String name) throws IOException {
		Map<String, String> bundle = bundle(name);
		assertThat(bundle.entrySet().stream().filter((entry) -> entry.getValue().isBlank()).map(Map.Entry::getKey))
			.as(name)
			.isEmpty();
	}

	/**
	 * The default file is there only for Spring Boot to find the bundles: a text in it
	 * would be in no language, and Korean is the fallback (WebLocales).
	 */
	@Test
	void theDefaultFileHoldsNoText() throws IOException {
		assertThat(bundle("messages")).isEmpty();
	}

	private static Set<String> missing(Set<String> from, Set<String> in) {
		Set<String> missing = new TreeSet<>(from);
		missing.removeAll(in);
		return missing;
	}

	private static Map<String, String> bundle(String name) throws IOException {
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name + ".properties")) {
			Objects.requireNonNull(in, () -> name + ".properties is missing");
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				Properties properties = new Properties();
				properties.load(reader);
				Map<String, String> bundle = new TreeMap<>();
				properties.forEach((key, value) -> bundle.put((String) key, (String) value));
				return bundle;
			}
		}
	}

}
