package com.adtopaper.ads;

import java.time.DayOfWeek;
import java.util.Set;

import com.adtopaper.member.Gender;

/**
 * Who sees a campaign's ad, where and when. An empty set means any.
 *
 * @param schoolIds members' schools
 * @param majors members' majors
 * @param admissionYears members' admission years
 * @param genders members' genders
 * @param printerIds the printers the page prints on
 * @param regions the regions of those printers
 * @param hours hours of the day in Seoul, 0 to 23
 * @param weekdays days of the week in Seoul
 */
public record Targeting(Set<Long> schoolIds, Set<String> majors, Set<Integer> admissionYears, Set<Gender> genders,
		Set<Long> printerIds, Set<String> regions, Set<Integer> hours, Set<DayOfWeek> weekdays) {

	public static final Targeting ANYONE = new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of(), Set.of());

	public Targeting {
		schoolIds = Set.copyOf(schoolIds);
		majors = Set.copyOf(majors);
		admissionYears = Set.copyOf(admissionYears);
		genders = Set.copyOf(genders);
		printerIds = Set.copyOf(printerIds);
		regions = Set.copyOf(regions);
		hours = Set.copyOf(hours);
		weekdays = Set.copyOf(weekdays);
	}

}
