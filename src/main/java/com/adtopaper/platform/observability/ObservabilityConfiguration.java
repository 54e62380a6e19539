package com.adtopaper.platform.observability;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ErrorTrackingSettings.class)
class ObservabilityConfiguration {

	@Bean
	@ConditionalOnExpression("'${adtopaper.error-tracking.dsn:}'.trim() != ''")
	ErrorTracking errorTracking(ErrorTrackingSettings settings) {
		return new ErrorTracking(settings);
	}

	/** First of all filters, so that even a request refused by security has its id. */
	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		var registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

}
