package com.adtopaper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.adtopaper.platform.DomainException;
import com.adtopaper.printing.JobStatus;
import com.adtopaper.settlement.PayoutStatus;
import com.adtopaper.settlement.SettlementExceptions.NoSuchPartnerThing;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal a person reads has its words in Korean and in English: each domain
 * refusal its {@code problemDetail.<class>} key, or, where the words depend on what was
 * refused, the keys its throwers name ({@code problem.} keys, found in the sources), and
 * the words its arguments are made of. In the words, the values of a key that has them
 * are the same in both languages, and an apostrophe is doubled where MessageFormat reads
 * the text (a key with values) and single where it does not.
 */
class RefusalsHaveKoreanAndEnglishTests {

	/**
	 * Refusals whose every thrower names the key of its words (the words differ by what
	 * was refused), so that their classes have none.
	 */
	private static final Set<String> EXPLICIT_CODES = Set.of("com.adtopaper.ads.AdsExceptions$InvalidCampaign",
			"com.adtopaper.ads.AdsExceptions$InvalidCreative", "com.adtopaper.member.MemberExceptions$InvalidProfile",
			"com.adtopaper.printing.PrintingExceptions$InvalidDocument",
			"com.adtopaper.printing.PrintingExceptions$InvalidJob",
			"com.adtopaper.printing.PrintingExceptions$InvalidReport",
			"com.adtopaper.settlement.SettlementExceptions$InvalidSettlement",
			"com.adtopaper.settlement.SettlementExceptions$PayoutMoveRefused",
			"com.adtopaper.web.PrintPagesController$WrongPrinterCode");

	/**
	 * The actions a print job's state may refuse (its transitions' and the printer's).
	 */
	private static final List<String> JOB_ACTIONS = List.of("released", "claimed", "reported on", "completed", "failed",
			"cancelled", "expired", "given back", "given up", "downloaded",
			"printed one-sided once prepared for two-sided printing");

	/** A key a Java source names for a refusal's words: {@code "problem.payout-move"}. */
	private static final Pattern REFUSAL_KEY = Pattern
		.compile("\"((?:problem|problemDetail)\\.[A-Za-z0-9.$\\-]*[A-Za-z0-9])\"");

	private static final Pattern VALUE = Pattern.compile("\\{(\\d+)[,}]");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private final Properties korean = bundles("ko");

	private final Properties english = bundles("en");

	@Test
	void everyDomainRefusalHasItsWordsInKoreanAndEnglish() {
		Set<String> refusals = refusals();
		assertThat(refusals).as("the scan finds the refusals").hasSizeGreaterThan(40).containsAll(EXPLICIT_CODES);
		List<String> missing = new ArrayList<>();
		for (String refusal : refusals) {
			if (!EXPLICIT_CODES.contains(refusal)) {
				missing.addAll(missing("problemDetail." + refusal));
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyRefusalKeyTheSourcesNameHasKoreanAndEnglish() throws IOException {
		Set<String> named = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher key = REFUSAL_KEY.matcher(Files.readString(source));
				while (key.find()) {
					named.add(key.group(1));
				}
			}
		}
		assertThat(named).as("the scan finds the keys").contains("problem.printing.job-copies");
		assertThat(named.stream().flatMap((key) -> missing(key).stream())).isEmpty();
	}

	@Test
	void theWordsRefusalsAreMadeOfHaveKoreanAndEnglish() {
		List<String> keys = new ArrayList<>();
		Stream.of(JobStatus.values()).forEach((status) -> keys.add("job.state." + status.name()));
		JOB_ACTIONS.forEach((action) -> keys.add("job.action." + action.replace(' ', '-')));
		Stream.of(PayoutStatus.values()).forEach((status) -> keys.add("partner.payout." + status.name()));
		Stream.of(NoSuchPartnerThing.Thing.values()).forEach((thing) -> keys.add("settlement.thing." + thing.name()));
		Stream.of(1, 2).forEach((count) -> keys.add("problem.settlement.payout-statuses." + count));
		assertThat(keys.stream().flatMap((key) -> missing(key).stream())).isEmpty();
	}

	@Test
	void koreanAndEnglishWordsHaveTheSameValuesAndApostrophesAsMessageFormatReadsThem() {
		List<String> wrong = new ArrayList<>();
		for (String key : this.english.stringPropertyNames()) {
			if (!key.startsWith("problem") || !this.korean.containsKey(key)) {
				continue;
			}
			String ko = this.korean.getProperty(key);
			String en = this.english.getProperty(key);
			if (!values(ko).equals(values(en))) {
				wrong.add(key + ": values " + values(ko) + " in Korean, " + values(en) + " in English");
			}
			for (String words : List.of(ko, en)) {
				boolean formatted = !values(words).isEmpty();
				if (formatted && LONE_APOSTROPHE.matcher(words).find()) {
					wrong.add(key + ": a single apostrophe, which MessageFormat drops: " + words);
				}
				if (!formatted && words.contains("''")) {
					wrong.add(key + ": a doubled apostrophe, shown as it is without values: " + words);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private List<String> missing(String key) {
		List<String> missing = new ArrayList<>();
		if (!this.korean.containsKey(key)) {
			missing.add(key + " (Korean)");
		}
		if (!this.english.containsKey(key)) {
			missing.add(key + " (English)");
		}
		return missing;
	}

	/** Every concrete domain refusal, nested classes included, by its binary name. */
	private static Set<String> refusals() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(DomainException.class));
		Set<String> names = new TreeSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("com.adtopaper")) {
			names.add(Objects.requireNonNull(candidate.getBeanClassName()));
		}
		return names;
	}

	private static Set<String> values(String words) {
		Set<String> values = new TreeSet<>();
		Matcher value = VALUE.matcher(words);
		while (value.find()) {
			values.add(value.group(1));
		}
		return values;
	}

	private static Properties bundles(String language) {
		Properties all = new Properties();
		for (String basename : List.of("messages", "messages-admin", "messages-web")) {
			String name = "/" + basename + "_" + language + ".properties";
			try (InputStream in = RefusalsHaveKoreanAndEnglishTests.class.getResourceAsStream(name)) {
				Objects.requireNonNull(in, () -> name + " is missing");
				try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
					all.load(reader);
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return all;
	}

}
