package com.adtopaper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' content security policy allows scripts and styles only from the service's
 * own files: a template with an inline script, an event-handler attribute or a style
 * attribute would be broken in the browser. Every template is read for them.
 */
class PageTemplatesTests {

	private static final Pattern INLINE = Pattern.compile(
			"<script(?![^>]*\\bsrc=)[^>]*>|\\s(th:)?style=|\\s(th:)?on[a-z]+=|javascript:|<style",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHasInlineScriptOrStyle() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = INLINE.matcher(Files.readString(template));
				while (matcher.find()) {
					found.add(template + ": " + matcher.group().trim());
				}
			}
		}
		assertThat(found).isEmpty();
	}

}
