package com.adtopaper.advertiser;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.adtopaper.ads.ReportDimension;
import com.adtopaper.ads.Targeting;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A campaign's targeting as its page shows it: one line per kind it narrows (schools,
 * majors, years, genders, printers, regions, hours, days; the page titles each by its
 * id), by name, days in the request's language; none when it reaches anyone anywhere.
 */
record TargetingView(List<Line> lines) {

	record Line(String id, List<String> values) {

	}

	static TargetingView of(Targeting targeting, Map<ReportDimension, Function<String, String>> labels) {
		List<Line> lines = new ArrayList<>();
		add(lines, "schools", named(targeting.schoolIds(), labels.get(ReportDimension.SCHOOL)));
		add(lines, "majors", sorted(targeting.majors()));
		add(lines, "years", named(targeting.admissionYears(), String::valueOf));
		add(lines, "genders", named(targeting.genders(), labels.get(ReportDimension.GENDER)));
		add(lines, "printers", named(targeting.printerIds(), labels.get(ReportDimension.PRINTER)));
		add(lines, "regions", sorted(targeting.regions()));
		add(lines, "hours", targeting.hours().stream().sorted().map((hour) -> "%02d:00".formatted(hour)).toList());
		add(lines, "weekdays",
				targeting.weekdays()
					.stream()
					.sorted()
					.map((day) -> day.getDisplayName(TextStyle.SHORT, LocaleContextHolder.getLocale()))
					.toList());
		return new TargetingView(lines);
	}

	private static void add(List<Line> lines, String id, List<String> values) {
		if (!values.isEmpty()) {
			lines.add(new Line(id, values));
		}
	}

	private static <T extends Comparable<T>> List<String> named(Collection<T> values, Function<String, String> label) {
		return values.stream().sorted().map((value) -> label.apply(value.toString())).toList();
	}

	private static List<String> sorted(Collection<String> values) {
		return values.stream().sorted().toList();
	}

}
