package com.adtopaper.admin;

import com.adtopaper.platform.security.ChannelSecurity;
import com.adtopaper.platform.security.Role;
import com.adtopaper.platform.web.ApiChannel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The operators' API and site: operators only. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdminSecurity {

	@Bean
	ApiChannel adminApi() {
		return ApiChannel.bearer("admin", "Admin API",
				"Operators: sites and printers, members and their points, campaign review, the job queues.",
				"/api/v1/admin/");
	}

	@Bean
	@Order(ChannelSecurity.OWN_PREFIX)
	SecurityFilterChain adminApiChain(HttpSecurity http, ChannelSecurity channels) throws Exception {
		http.securityMatcher("/api/v1/admin/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(Role.ADMIN.name()));
		return channels.api(http).build();
	}

	@Bean
	@Order(ChannelSecurity.OWN_PREFIX)
	SecurityFilterChain adminSiteChain(HttpSecurity http, ChannelSecurity channels) throws Exception {
		http.securityMatcher("/admin/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(Role.ADMIN.name()));
		return channels.pages(http).build();
	}

}
