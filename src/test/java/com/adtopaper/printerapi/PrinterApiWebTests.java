package com.adtopaper.printerapi;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import com.adtopaper.ChannelSlices;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.PrinterJobs;
import com.adtopaper.printing.PrinterKey;
import com.adtopaper.printing.Printers;
import com.adtopaper.printing.PrintingExceptions.NoSuchJob;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.adtopaper.ChannelSlices.session;
import static com.adtopaper.ChannelSlices.token;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printer API on its own: only a request signed with a printer's key gets in (no
 * member's token or session does), and a printer that names another printer's job finds
 * nothing there.
 */
@WebMvcTest(controllers = { HeartbeatController.class, PrintJobsController.class })
@Import({ PrinterApiConfiguration.class, JobWaiters.class, PrinterApiWebTests.Infrastructure.class,
		ChannelSlices.Security.class })
class PrinterApiWebTests {

	static final String KEY = "pk_slice";

	static final String SECRET = "slice-secret";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Printers printers;

	@MockitoBean
	PrinterJobs jobs;

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PrinterApiSettings.class)
	static class Infrastructure {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	@Test
	void anUnsignedRequestOrAMembersCredentialsAreRefused() throws Exception {
		String heartbeat = "{\"state\":\"ONLINE\",\"paper\":\"OK\",\"toner\":\"OK\"}";
		this.mvc.perform(post("/printer/v1/heartbeat").contentType(MediaType.APPLICATION_JSON).content(heartbeat))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/printer/v1/heartbeat").with(token(5, Role.MEMBER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(heartbeat))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/printer/v1/heartbeat").with(session(5, Role.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(heartbeat))
			.andExpect(status().isUnauthorized());
		verifyNoInteractions(this.jobs);
	}

	@Test
	void aRequestSignedWithAnUnknownKeyIsRefused() throws Exception {
		given(this.printers.key(KEY)).willReturn(Optional.empty());
		this.mvc.perform(signed(get("/printer/v1/jobs/job-1/document"), "GET", "/printer/v1/jobs/job-1/document", ""))
			.andExpect(status().isUnauthorized());
		verifyNoInteractions(this.jobs);
	}

	@Test
	void anotherPrintersJobIsNotFound() throws Exception {
		given(this.printers.key(KEY)).willReturn(Optional.of(new PrinterKey(3, SECRET)));
		given(this.jobs.get(3, "theirs")).willThrow(new NoSuchJob("theirs"));
		this.mvc.perform(signed(get("/printer/v1/jobs/theirs/document"), "GET", "/printer/v1/jobs/theirs/document", ""))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private static MockHttpServletRequestBuilder signed(MockHttpServletRequestBuilder request, String method,
			String target, String body) {
		String timestamp = Long.toString(System.currentTimeMillis() / 1000);
		String nonce = UUID.randomUUID().toString().replace("-", "");
		byte[] signature = SignedRequestFilter.sign(SECRET,
				SignedRequestFilter.canonical(method, target, timestamp, nonce, body.getBytes(StandardCharsets.UTF_8)));
		return request.header(SignedRequestFilter.KEY, KEY)
			.header(SignedRequestFilter.TIMESTAMP, timestamp)
			.header(SignedRequestFilter.NONCE, nonce)
			.header(SignedRequestFilter.SIGNATURE, Base64.getEncoder().encodeToString(signature))
			.content(body);
	}

}
