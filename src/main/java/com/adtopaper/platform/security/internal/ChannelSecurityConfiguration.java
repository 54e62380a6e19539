package com.adtopaper.platform.security.internal;

import com.adtopaper.platform.security.ChannelSecurity;
import com.adtopaper.platform.security.SignInPage;
import com.adtopaper.platform.web.ProblemResponses;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;

/**
 * What the channels' filter chains share. Small enough for a channel's
 * {@code @WebMvcTest} slice to import.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HeaderSettings.class)
public class ChannelSecurityConfiguration {

	@Bean
	ChannelSecurity channelSecurity(ProblemResponses problems, HeaderSettings headers,
			ObjectProvider<AuthenticationManager> authenticationManager, ObjectProvider<SignInPage> signInPage) {
		return new DefaultChannelSecurity(problems, headers, authenticationManager, signInPage);
	}

}
