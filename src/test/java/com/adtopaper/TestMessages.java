package com.adtopaper;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles as its configuration reads them, for unit tests. */
public final class TestMessages {

	private TestMessages() {
	}

	public static ResourceBundleMessageSource bundles() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages-admin", "messages-web");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.KOREAN);
		return messages;
	}

}
