package com.adtopaper.platform.observability;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request id an operator searches the logs for: HAProxy's kept, a missing or
 * malformed one replaced, and nothing of it left behind for the thread's next request.
 */
class RequestIdFilterTests {

	@Test
	void theIdHaproxySetIsKeptForTheLogsAndTheAnswer() throws Exception {
		assertThat(filter("0A1B2C3D:9F3A_7F000001:1F90_65F0A1B2_0001:1C2B")).containsExactly(
				"0A1B2C3D:9F3A_7F000001:1F90_65F0A1B2_0001:1C2B", "0A1B2C3D:9F3A_7F000001:1F90_65F0A1B2_0001:1C2B");
		assertThat(filter("3f2b9c1e-8d4a-4e5f-9a7b-1c2d3e4f5a6b")).containsOnly("3f2b9c1e-8d4a-4e5f-9a7b-1c2d3e4f5a6b");
	}

	@Test
	void aMissingOrHostileIdIsReplacedByANewOne() throws Exception {
		for (String hostile : new String[] { null, "", "short", "a".repeat(65), "id\r\nX-Injected: 1",
				"x\",\"level\":\"INFO", "<script>alert(1)</script>", "id with spaces", "ünïcödé-request-id" }) {
			String[] seen = filter(hostile);
			assertThat(seen[0]).as("logged for %s", hostile).matches("[0-9a-f-]{36}").isEqualTo(seen[1]);
		}
	}

	@Test
	void theIdLeavesTheThreadWithTheRequest() throws Exception {
		filter("3f2b9c1e-8d4a-4e5f-9a7b-1c2d3e4f5a6b");
		assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
	}

	/**
	 * @return the id the request's logs saw, and the one its answer carried
	 */
	private static String[] filter(String id) throws Exception {
		var request = new MockHttpServletRequest("GET", "/api/v1/schools");
		if (id != null) {
			request.addHeader(RequestIdFilter.HEADER, id);
		}
		var response = new MockHttpServletResponse();
		var logged = new AtomicReference<String>();
		new RequestIdFilter().doFilter(request, response, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
				logged.set(MDC.get(RequestIdFilter.MDC_KEY));
			}
		});
		return new String[] { logged.get(), response.getHeader(RequestIdFilter.HEADER) };
	}

}
