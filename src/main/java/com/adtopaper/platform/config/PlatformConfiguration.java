package com.adtopaper.platform.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

@Configuration(proxyBeanMethods = false)
@EnableAsync
class PlatformConfiguration {

	/** Times are stored in UTC; days are computed in Asia/Seoul where they are needed. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
