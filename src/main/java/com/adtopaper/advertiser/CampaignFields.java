package com.adtopaper.advertiser;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.adtopaper.ads.AdsExceptions.InvalidCampaign;
import org.jspecify.annotations.Nullable;

/**
 * How the campaign form reads and writes its fields: a missing value or an unreadable
 * comma-separated list is refused by the field's name, so the form shows it there.
 */
final class CampaignFields {

	private CampaignFields() {
	}

	static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw new InvalidCampaign(field, "This is required.", "advertiser.required");
		}
		return value;
	}

	/** The values of a comma-separated list, in the order written, blanks left out. */
	static <T> Set<T> split(String text, String field, Function<String, T> parse) {
		try {
			return Arrays.stream(text.split(","))
				.map(String::strip)
				.filter((value) -> !value.isEmpty())
				.map(parse)
				.collect(Collectors.toCollection(LinkedHashSet::new));
		}
		catch (NumberFormatException ex) {
			throw new InvalidCampaign(field, "Write numbers separated by commas.", "advertiser.numbers-by-commas");
		}
	}

	/** The values as a sorted comma-separated list. */
	static String join(Set<?> values) {
		return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
	}

}
