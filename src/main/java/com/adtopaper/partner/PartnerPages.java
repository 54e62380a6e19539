package com.adtopaper.partner;

import com.adtopaper.platform.web.ChannelErrorViews;
import com.adtopaper.platform.web.ProblemPageAdvice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The partner site's own problem and error pages, in its layout: a refusal in one of its
 * page controllers (its REST controllers answer with problem details, whose handler comes
 * first), and an error under {@code /partner/}.
 */
@ControllerAdvice(basePackageClasses = PartnerPages.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PartnerPages extends ProblemPageAdvice {

	PartnerPages() {
		super("partner/problem");
	}

	@Configuration(proxyBeanMethods = false)
	static class ErrorPages {

		@Bean
		ChannelErrorViews partnerErrorViews() {
			return new ChannelErrorViews("partner/error", "/partner/");
		}

	}

}
