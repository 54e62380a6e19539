package com.adtopaper.admin;

import com.adtopaper.platform.web.ChannelErrorViews;
import com.adtopaper.platform.web.ProblemPageAdvice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The admin site's own problem and error pages, in its layout: a refusal in one of its
 * page controllers (its REST controllers answer with problem details, whose handler comes
 * first), and an error under {@code /admin/}.
 */
@ControllerAdvice(basePackageClasses = AdminPages.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class AdminPages extends ProblemPageAdvice {

	AdminPages() {
		super("admin/problem");
	}

	@Configuration(proxyBeanMethods = false)
	static class ErrorPages {

		@Bean
		ChannelErrorViews adminErrorViews() {
			return new ChannelErrorViews("admin/error", "/admin");
		}

	}

}
