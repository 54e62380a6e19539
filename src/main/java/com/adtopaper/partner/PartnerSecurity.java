package com.adtopaper.partner;

import com.adtopaper.platform.security.ChannelSecurity;
import com.adtopaper.platform.security.Role;
import com.adtopaper.platform.security.RoleHome;
import com.adtopaper.platform.web.ApiChannel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The partners' API and site: partners, and their staff for the printers and the log. A
 * partner who signs in lands on Today, a member of staff on the printers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PartnerSecurity {

	@Bean
	ApiChannel partnerApi() {
		return ApiChannel.bearer("partner", "Partner API",
				"Partners, who host printers: earnings, printers, the printing log, statements, payee details.",
				"/api/v1/partner/");
	}

	@Bean
	RoleHome partnerHome() {
		return new RoleHome(Role.PARTNER, "/partner");
	}

	@Bean
	RoleHome partnerStaffHome() {
		return new RoleHome(Role.PARTNER_STAFF, "/partner/printers");
	}

	@Bean
	@Order(ChannelSecurity.OWN_PREFIX)
	SecurityFilterChain partnerApiChain(HttpSecurity http, ChannelSecurity channels) throws Exception {
		// staff see the printers and the log (without money); the rest is the partner's
		http.securityMatcher("/api/v1/partner/**")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/api/v1/partner/printers", "/api/v1/partner/log", "/api/v1/partner/log.csv")
				.hasAnyRole(Role.PARTNER.name(), Role.PARTNER_STAFF.name())
				.anyRequest()
				.hasRole(Role.PARTNER.name()));
		return channels.api(http).build();
	}

	@Bean
	@Order(ChannelSecurity.OWN_PREFIX)
	SecurityFilterChain partnerSiteChain(HttpSecurity http, ChannelSecurity channels) throws Exception {
		http.securityMatcher("/partner/**")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/partner/printers", "/partner/printers/**", "/partner/log", "/partner/log.csv")
				.hasAnyRole(Role.PARTNER.name(), Role.PARTNER_STAFF.name())
				.anyRequest()
				.hasRole(Role.PARTNER.name()));
		return channels.pages(http).build();
	}

}
