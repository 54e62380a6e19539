package com.adtopaper.platform.security.internal;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code CurrentAccount} as a controller parameter; a {@link WebMvcConfigurer} of its
 * own, so that every {@code @WebMvcTest} slice has it too.
 */
@Configuration(proxyBeanMethods = false)
class CurrentAccountConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentAccountArgumentResolver());
	}

}
