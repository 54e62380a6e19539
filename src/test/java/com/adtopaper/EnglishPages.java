package com.adtopaper;

import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * For the tests that read the sites and the API in English, as a browser set to English
 * would: every request of their MockMvc and RestTestClient asks for it
 * ({@code Accept-Language: en}) unless it says otherwise. Korean is the default
 * ({@code SiteLanguagesIntegrationTests}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EnglishPages {

	@Bean
	MockMvcBuilderCustomizer englishMockMvc() {
		return (builder) -> builder.defaultRequest(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
	}

	@Bean
	RestTestClientBuilderCustomizer englishRestTestClient() {
		return (builder) -> builder.defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, "en");
	}

}
