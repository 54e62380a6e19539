package com.adtopaper.agent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent signs as docs/printer-api.md says, checked against values computed outside
 * Java.
 */
class RequestSignerTests {

	static final byte[] BODY = "{\"pagesPrinted\":7}".getBytes(StandardCharsets.UTF_8);

	final RequestSigner signer = new RequestSigner("key-1", "test-secret",
			Clock.fixed(Instant.ofEpochSecond(1_795_000_000L), ZoneOffset.UTC), () -> "nonce-0123456789abcdef");

	@Test
	void signsTheFiveLinesOfTheCanonicalRequest() {
		// printf '{"pagesPrinted":7}' | openssl dgst -sha256
		// printf
		// 'POST\n/printer/v1/jobs/j-1/progress\n1795000000\nnonce-0123456789abcdef\n62f3…5adb'
		// \
		// | openssl dgst -sha256 -hmac test-secret -binary | base64
		assertThat(this.signer.headers("POST", "/printer/v1/jobs/j-1/progress", BODY)).containsExactly("X-Printer-Key",
				"key-1", "X-Printer-Timestamp", "1795000000", "X-Printer-Nonce", "nonce-0123456789abcdef",
				"X-Printer-Signature", "cvDCg4HkXRC1vwIGhAWG9QNJkzodFW8EL6IEWdkbQqA=");
		assertThat(RequestSigner.sha256Hex(BODY))
			.isEqualTo("62f3cbc87158cfe8a2c753c2f7edb3a57c74649a641efcf517a2cc8a0ff85adb");
	}

	@Test
	void aRequestWithoutBodyHashesZeroBytes() {
		assertThat(RequestSigner.canonical("GET", "/printer/v1/jobs/next?wait=25", "1795000000", "n", new byte[0]))
			.isEqualTo("GET\n/printer/v1/jobs/next?wait=25\n1795000000\nn\n"
					+ "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void everyRequestHasANewNonceOfTheAllowedCharacters() {
		List<String> nonces = List.of(RequestSigner.newNonce(), RequestSigner.newNonce());
		assertThat(nonces).doesNotHaveDuplicates().allMatch((nonce) -> nonce.matches("[A-Za-z0-9_-]{16,64}"));
	}

}
