package com.adtopaper.platform.config;

import java.util.List;

/** The production profile was started without some of the settings it needs. */
class MissingSettingsException extends IllegalStateException {

	private final List<String> missing;

	MissingSettingsException(List<String> missing) {
		super("The production profile needs settings that are missing: " + String.join(", ", missing));
		this.missing = List.copyOf(missing);
	}

	List<String> missing() {
		return this.missing;
	}

}
