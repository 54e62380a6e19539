package com.adtopaper.advertiser;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.adtopaper.ads.ReportDimension;
import com.adtopaper.ads.Targeting;

/**
 * A campaign's targeting as its page shows it: one line per kind it narrows (schools,
 * majors, years, genders, printers, regions, hours, days), by name; none when it reaches
 * anyone anywhere.
 */
record TargetingView(List<Line> lines) {

	record Line(String id, String title, List<String> values) {

	}

	static TargetingView of(Targeting targeting, Map<ReportDimension, Function<String, String>> labels) {
		List<Line> lines = new ArrayList<>();
		add(lines, "schools", "학교 · Schools", named(targeting.schoolIds(), labels.get(ReportDimension.SCHOOL)));
		add(lines, "majors", "전공 · Majors", sorted(targeting.majors()));
		add(lines, "years", "입학 연도 · Admission years", named(targeting.admissionYears(), String::valueOf));
		add(lines, "genders", "성별 · Genders", named(targeting.genders(), labels.get(ReportDimension.GENDER)));
		add(lines, "printers", "프린터 · Printers", named(targeting.printerIds(), labels.get(ReportDimension.PRINTER)));
		add(lines, "regions", "지역 · Regions", sorted(targeting.regions()));
		add(lines, "hours", "시간 · Hours",
				targeting.hours().stream().sorted().map((hour) -> "%02d:00".formatted(hour)).toList());
		add(lines, "weekdays", "요일 · Days",
				targeting.weekdays()
					.stream()
					.sorted()
					.map((day) -> day.getDisplayName(TextStyle.SHORT, Locale.KOREAN) + " "
							+ day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
					.toList());
		return new TargetingView(lines);
	}

	private static void add(List<Line> lines, String id, String title, List<String> values) {
		if (!values.isEmpty()) {
			lines.add(new Line(id, title, values));
		}
	}

	private static <T extends Comparable<T>> List<String> named(Collection<T> values, Function<String, String> label) {
		return values.stream().sorted().map((value) -> label.apply(value.toString())).toList();
	}

	private static List<String> sorted(Collection<String> values) {
		return values.stream().sorted().toList();
	}

}
