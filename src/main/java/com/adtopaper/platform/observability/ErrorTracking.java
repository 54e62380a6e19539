package com.adtopaper.platform.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.sentry.Sentry;
import io.sentry.SentryOptions;
import io.sentry.logback.SentryAppender;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Sends every error logged to Sentry: an unexpected exception behind a 500 (the API's
 * handler and the servlet container log it), a job that died in the job queue, and any
 * library's error. Domain refusals and other 4xx answers are not errors and are not
 * logged as such, so they are not sent. Logs below ERROR travel along as breadcrumbs.
 * <p>
 * Wired by hand (Sentry's core SDK and its Logback appender) because Sentry's Spring Boot
 * 4 starter is not on the Maven mirror the build reaches; logging errors rather than
 * resolving exceptions keeps the modules free of Sentry.
 */
final class ErrorTracking implements InitializingBean, DisposableBean {

	private static final String APPENDER = "SENTRY";

	private final ErrorTrackingSettings settings;

	ErrorTracking(ErrorTrackingSettings settings) {
		this.settings = settings;
	}

	@Override
	public void afterPropertiesSet() {
		Sentry.init((SentryOptions options) -> {
			options.setDsn(this.settings.dsn());
			options.setEnvironment(this.settings.environment());
			options.setRelease(this.settings.release());
			// no member's address, cookie or body leaves for a third party
			options.setSendDefaultPii(false);
			options.addContextTag(RequestIdFilter.MDC_KEY);
			options.setShutdownTimeoutMillis(2_000);
		});
		var appender = new SentryAppender();
		appender.setName(APPENDER);
		appender.setContext(context());
		appender.setMinimumEventLevel(Level.ERROR);
		appender.setMinimumBreadcrumbLevel(Level.INFO);
		appender.start();
		root().addAppender(appender);
	}

	@Override
	public void destroy() {
		root().detachAppender(APPENDER);
		Sentry.close();
	}

	private static LoggerContext context() {
		return (LoggerContext) LoggerFactory.getILoggerFactory();
	}

	private static Logger root() {
		return context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
