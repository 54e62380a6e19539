package com.adtopaper.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Korean first, English too, on every page and problem detail: {@code ?lang=ko} or
 * {@code ?lang=en} switches and a {@code lang} cookie remembers it; without one the
 * browser's {@code Accept-Language} chooses; anything else is Korean.
 */
@Configuration(proxyBeanMethods = false)
class WebLocales implements WebMvcConfigurer {

	static final String PARAMETER = "lang";

	static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

	private static final LocaleResolver OUTSIDE_THE_DISPATCHER = resolver();

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return resolver();
	}

	/**
	 * The request's language where the dispatcher has not resolved it (a filter's
	 * refusal): its choice if it made one, else as its resolver would.
	 */
	static Locale of(HttpServletRequest request) {
		return OUTSIDE_THE_DISPATCHER.resolveLocale(request);
	}

	private static CookieLocaleResolver resolver() {
		var browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(SUPPORTED);
		browser.setDefaultLocale(Locale.KOREAN);
		var resolver = new CookieLocaleResolver(PARAMETER) {

			@Override
			protected @Nullable Locale parseLocaleValue(String value) {
				// a cookie naming another language is as none: the browser's applies
				return supported(value);
			}

		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction(browser::resolveLocale);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				// only a link switches (GET, in its query string): asking a POST for its
				// parameters would read an upload's body before its controller does
				String query = request.getQueryString();
				if (!HttpMethod.GET.matches(request.getMethod()) || query == null || !query.contains(PARAMETER + "=")) {
					return true;
				}
				return super.preHandle(request, response, handler);
			}

			@Override
			protected @Nullable Locale parseLocaleValue(String value) {
				// another language forgets the choice: the browser's language applies
				// again
				return supported(value);
			}

		};
		change.setParamName(PARAMETER);
		registry.addInterceptor(change);
	}

	/** One of the languages the sites speak, by its code; {@code null} for any other. */
	static @Nullable Locale supported(@Nullable String code) {
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(code)).findFirst().orElse(null);
	}

	/** A language without its own bundle falls back to Korean's, not the server's. */
	@Bean
	static BeanPostProcessor koreanMessagesByDefault() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof AbstractResourceBasedMessageSource messages) {
					messages.setDefaultLocale(Locale.KOREAN);
				}
				return bean;
			}

		};
	}

}
