package com.adtopaper.platform.web;

import java.util.EnumSet;
import java.util.Objects;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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

	@Bean
	FilterRegistrationBean<PageMultipartFilter> pageMultipartFilter() {
		var registration = new FilterRegistrationBean<>(new PageMultipartFilter());
		// before Spring Security's filter chain
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

}
