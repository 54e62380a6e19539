package com.adtopaper.web;

import com.adtopaper.platform.web.ChannelErrorViews;
import com.adtopaper.platform.web.ProblemPageAdvice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The site's own problem and error pages, in its layout: a refusal in one of its
 * controllers, and an error on any path no other channel's error page takes.
 */
@ControllerAdvice(basePackageClasses = WebPages.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebPages extends ProblemPageAdvice {

	WebPages() {
		super("web/problem");
	}

	@Configuration(proxyBeanMethods = false)
	static class ErrorPages {

		@Bean
		ChannelErrorViews webErrorViews() {
			return new ChannelErrorViews("web/error", null);
		}

	}

}
