package com.adtopaper.platform.web;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebSettings settings,
			ProblemResponses problems) {
		var registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(settings.maxJsonBody().toBytes(), problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	@ConditionalOnProperty("adtopaper.web.public-base-url")
	FilterRegistrationBean<PublicRedirectFilter> publicRedirectFilter(WebSettings settings) {
		var registration = new FilterRegistrationBean<>(
				new PublicRedirectFilter(Objects.requireNonNull(settings.publicBaseUrl())));
		// outside Spring Security's filters, whose redirects it rewrites
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	/**
	 * The sites' Korean font (Nanum Gothic, OFL, the one the statements' PDFs embed) for
	 * a browser without one of its own: the style sheet names it after the system's
	 * fonts, so a browser downloads it only for a Korean letter no local font has.
	 */
	@Bean
	WebMvcConfigurer siteFonts() {
		return new WebMvcConfigurer() {
			@Override
			public void addResourceHandlers(ResourceHandlerRegistry registry) {
				registry.addResourceHandler("/fonts/**")
					.addResourceLocations("classpath:/fonts/")
					.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
			}
		};
	}

	@Bean
	FilterRegistrationBean<PageMultipartFilter> pageMultipartFilter() {
		var registration = new FilterRegistrationBean<>(new PageMultipartFilter());
		// before Spring Security's filter chain
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

}
