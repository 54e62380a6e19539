package com.adtopaper.platform.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the missing production settings as a short list instead of a stack trace. */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
		var description = new StringBuilder("The production profile is missing these settings:\n");
		cause.missing().forEach((setting) -> description.append("    - ").append(setting).append('\n'));
		return new FailureAnalysis(description.toString(),
				"Set the environment variables above (see README.md, 'Running in production'), "
						+ "or run without the production profile to use the embedded defaults.",
				cause);
	}

}
