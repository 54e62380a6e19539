package com.adtopaper.advertiser;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.adtopaper.ads.ReportDimension;
import com.adtopaper.member.School;
import com.adtopaper.member.Schools;

import org.springframework.stereotype.Component;

/** Names for the values a report counts by: school names for school ids, and so on. */
@Component
class ReportLabels {

	private final Schools schools;

	ReportLabels(Schools schools) {
		this.schools = schools;
	}

	Map<ReportDimension, Function<String, String>> labels() {
		Map<Long, String> schoolNames = this.schools.all().stream().collect(Collectors.toMap(School::id, School::name));
		Map<ReportDimension, Function<String, String>> labels = new EnumMap<>(ReportDimension.class);
		for (ReportDimension dimension : ReportDimension.values()) {
			labels.put(dimension, Function.identity());
		}
		labels.put(ReportDimension.SCHOOL,
				(value) -> schoolNames.getOrDefault(Long.parseLong(value), "School " + value));
		// printers' names arrive with the printing module; until then, their ids
		labels.put(ReportDimension.PRINTER, (value) -> "Printer " + value);
		return labels;
	}

}
