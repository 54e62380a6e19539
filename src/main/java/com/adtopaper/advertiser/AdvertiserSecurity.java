package com.adtopaper.advertiser;

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
 * The advertisers' API and site: advertisers only. An advertiser who signs in lands on
 * their campaigns.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdvertiserSecurity {

	@Bean
	ApiChannel advertiserApi() {
		return ApiChannel.bearer("advertiser", "Advertiser API",
				"Advertisers: their account, campaigns, creatives and campaign reports.", "/api/v1/advertiser/");
	}

	@Bean
	RoleHome advertiserHome() {
		return new RoleHome(Role.ADVERTISER, "/advertiser/campaigns");
	}

	@Bean
	@Order(ChannelSecurity.OWN_PREFIX)
	SecurityFilterChain advertiserApiChain(HttpSecurity http, ChannelSecurity channels) throws Exception {
		http.securityMatcher("/api/v1/advertiser/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(Role.ADVERTISER.name()));
		return channels.api(http).build();
	}

	@Bean
	@Order(ChannelSecurity.OWN_PREFIX)
	SecurityFilterChain advertiserSiteChain(HttpSecurity http, ChannelSecurity channels) throws Exception {
		http.securityMatcher("/advertiser/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(Role.ADVERTISER.name()));
		return channels.pages(http).build();
	}

}
