package com.adtopaper.advertiser;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.adtopaper.ads.ReportDimension;
import com.adtopaper.member.School;
import com.adtopaper.member.Schools;
import com.adtopaper.printing.Printer;
import com.adtopaper.printing.Printers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names for the values a report counts by: school names for school ids, a printer's name
 * and site for its id, a gender in the site's words.
 */
@Component
class ReportLabels {

	private final Schools schools;

	private final Printers printers;

	private final MessageSource messages;

	ReportLabels(Schools schools, Printers printers, MessageSource messages) {
		this.schools = schools;
		this.printers = printers;
		this.messages = messages;
	}

	Map<ReportDimension, Function<String, String>> labels() {
		Map<Long, String> schoolNames = this.schools.all().stream().collect(Collectors.toMap(School::id, School::name));
		Map<Long, String> printerNames = this.printers.all()
			.stream()
			.collect(Collectors.toMap(Printer::id, ReportLabels::printer));
		Map<ReportDimension, Function<String, String>> labels = new EnumMap<>(ReportDimension.class);
		for (ReportDimension dimension : ReportDimension.values()) {
			labels.put(dimension, Function.identity());
		}
		labels.put(ReportDimension.SCHOOL, (value) -> schoolNames.getOrDefault(Long.parseLong(value),
				words("advertiser.report.unknown-school", value)));
		labels.put(ReportDimension.PRINTER, (value) -> printerNames.getOrDefault(Long.parseLong(value),
				words("advertiser.report.unknown-printer", value)));
		return labels;
	}

	/**
	 * The labels of the pages (and of the API's {@code label}): genders in the site's
	 * words too. A CSV keeps the gender's value, for the spreadsheets that read it.
	 */
	Map<ReportDimension, Function<String, String>> pageLabels() {
		Map<ReportDimension, Function<String, String>> labels = labels();
		labels.put(ReportDimension.GENDER, this::gender);
		return labels;
	}

	/** A printer as advertisers know it: its name at its site. */
	static String printer(Printer printer) {
		return printer.name() + " · " + printer.site();
	}

	/**
	 * A gender in the reader's language ({@code 남성}, {@code Male}); a value it does not
	 * know as is.
	 */
	String gender(String value) {
		return this.messages.getMessage("gender." + value, null, value, LocaleContextHolder.getLocale());
	}

	private String words(String code, String value) {
		return this.messages.getMessage(code, new Object[] { value }, LocaleContextHolder.getLocale());
	}

}
