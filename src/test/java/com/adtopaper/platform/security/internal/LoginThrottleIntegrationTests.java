package com.adtopaper.platform.security.internal;

import java.time.Duration;
import java.util.UUID;

import com.adtopaper.TestServers;
import com.adtopaper.platform.security.LoginThrottledException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The login throttle as two nodes see it, each with its own Redis client: failures count
 * per account and client address (and per address alone), so a stranger's guesses do not
 * lock the owner out from another address.
 */
@Tag("integration")
class LoginThrottleIntegrationTests {

	private static final SecuritySettings.LoginThrottle SETTINGS = new SecuritySettings.LoginThrottle(
			SecuritySettings.Store.REDIS, 5, 20, Duration.ofMinutes(15));

	private final RedisClient nodeOne = client();

	private final RedisClient nodeTwo = client();

	private final LoginThrottle one = throttle(this.nodeOne);

	private final LoginThrottle two = throttle(this.nodeTwo);

	@AfterEach
	void shutDown() {
		this.nodeOne.shutdown();
		this.nodeTwo.shutdown();
	}

	@Test
	void aStrangersFailuresFromOneAddressDoNotLockTheOwnerOutFromAnother() {
		String email = "owner-" + UUID.randomUUID() + "@snu.ac.kr";
		String stranger = "203.0.113." + (int) (Math.random() * 200);
		for (int i = 0; i < 5; i++) {
			(i % 2 == 0 ? this.one : this.two).acquire(email, stranger);
		}
		// the sixth try from the stranger's address is refused on either node, with when
		// to try again
		assertThatThrownBy(() -> this.two.acquire(email, stranger)).isInstanceOfSatisfying(
				LoginThrottledException.class,
				(ex) -> assertThat(ex.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
		assertThatThrownBy(() -> this.one.acquire(email, stranger)).isInstanceOf(LoginThrottledException.class);
		// the owner, from their own address, still gets to try
		String owner = "198.51.100." + (int) (Math.random() * 200);
		assertThatCode(() -> this.one.acquire(email, owner)).doesNotThrowAnyException();
		this.one.succeeded(email, owner);
		assertThatCode(() -> this.two.acquire(email, owner)).doesNotThrowAnyException();
	}

	@Test
	void oneAddressTryingManyAccountsIsStoppedToo() {
		String address = "192.0.2." + (int) (Math.random() * 200) + "-" + UUID.randomUUID();
		for (int i = 0; i < 20; i++) {
			(i % 2 == 0 ? this.one : this.two).acquire("account-" + i + "-" + UUID.randomUUID() + "@snu.ac.kr",
					address);
		}
		assertThatThrownBy(() -> this.one.acquire("another-" + UUID.randomUUID() + "@snu.ac.kr", address))
			.isInstanceOf(LoginThrottledException.class);
	}

	private static RedisClient client() {
		TestServers servers = TestServers.find();
		return RedisClient.create(RedisURI.create(servers.redisHost(), servers.redisPort()));
	}

	private static LoginThrottle throttle(RedisClient client) {
		return new LoginThrottle(new LoginThrottleConfiguration().redisLoginBuckets(client), SETTINGS);
	}

}
