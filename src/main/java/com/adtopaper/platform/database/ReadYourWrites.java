package com.adtopaper.platform.database;

import java.time.Duration;
import java.util.List;

import com.adtopaper.platform.security.AccountPrincipal;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which reads may go to a replica. Only a web request's read-only transactions may: a job
 * on the queue, a scheduled task or a live stream's update acts on what another request
 * has just written, which a replica may not have yet. Of those, not a request on a
 * {@code primary-only-paths} route, not one that has itself used the primary, and not a
 * request of someone whose request used the primary less than {@code read-your-writes}
 * ago.
 * <p>
 * <b>Why a window on the primary, not a wait for the replica.</b> Waiting for the replica
 * to reach the write's GTID ({@code MASTER_GTID_WAIT}) would need the write's GTID
 * carried to the next request, on whichever node it lands, and would make that request
 * wait on a lagging replica. A window needs only "this person wrote at t", which any node
 * can check, and it costs the primary nothing but the few reads of people who have just
 * acted. "Used the primary" is counted generously: any statement outside a read-only
 * transaction, written or not, opens the window.
 * <p>
 * The window is kept per person (an account's session and its API tokens alike), else per
 * web session, so a member who changes something in the app sees it on the web site too.
 * A request that cannot tell whether its person is in a window (Redis does not answer)
 * reads from the primary.
 */
final class ReadYourWrites {

	private static final String USED_PRIMARY = ReadYourWrites.class.getName() + ".usedPrimary";

	private static final String PINNED = ReadYourWrites.class.getName() + ".pinned";

	private final Duration window;

	private final List<String> primaryOnlyPaths;

	private final AntPathMatcher paths = new AntPathMatcher();

	private final Pins pins;

	ReadYourWrites(Duration window, List<String> primaryOnlyPaths, Pins pins) {
		this.window = window;
		this.primaryOnlyPaths = List.copyOf(primaryOnlyPaths);
		this.pins = pins;
	}

	/** Whether this thread's read-only transaction may read from a replica. */
	boolean replicaAllowed() {
		if (PrimaryReads.required()) {
			return false;
		}
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		if (attributes.getAttribute(USED_PRIMARY, RequestAttributes.SCOPE_REQUEST) != null) {
			return false;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (this.primaryOnlyPaths.stream().anyMatch((pattern) -> this.paths.match(pattern, path))) {
			return false;
		}
		// who the request is for may only be known later in it (the bearer token's check
		// reads the account first): the answer is kept for the person it was asked for
		String who = who(request);
		if (who == null) {
			return true;
		}
		if (!(attributes.getAttribute(PINNED, RequestAttributes.SCOPE_REQUEST) instanceof Pinned known)
				|| !known.who.equals(who)) {
			var pinned = new Pinned(who, this.pins.pinned(who));
			attributes.setAttribute(PINNED, pinned, RequestAttributes.SCOPE_REQUEST);
			return !pinned.pinned;
		}
		return !known.pinned;
	}

	/**
	 * This thread is about to use the primary outside a read-only transaction: the rest
	 * of its request, and its person's requests for the window, read from the primary.
	 */
	void primaryUsed() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		attributes.setAttribute(USED_PRIMARY, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		String who = who(attributes.getRequest());
		if (who != null && !(attributes.getAttribute(PINNED, RequestAttributes.SCOPE_REQUEST) instanceof Pinned known
				&& known.who.equals(who) && known.pinned)) {
			this.pins.pin(who, this.window);
			attributes.setAttribute(PINNED, new Pinned(who, true), RequestAttributes.SCOPE_REQUEST);
		}
	}

	private record Pinned(String who, boolean pinned) {
	}

	/** Who the request is for: its account, else its web session. */
	private static @Nullable String who(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			if (authentication.getPrincipal() instanceof AccountPrincipal account) {
				return "account:" + account.id();
			}
			if (authentication instanceof JwtAuthenticationToken token) {
				// an access token's subject is its account's id
				return "account:" + token.getName();
			}
			return authentication.getClass().getSimpleName() + ":" + authentication.getName();
		}
		HttpSession session = request.getSession(false);
		return (session != null) ? "session:" + session.getId() : null;
	}

	/** Where the windows are kept. */
	interface Pins extends AutoCloseable {

		void pin(String who, Duration window);

		boolean pinned(String who);

		@Override
		default void close() {
		}

	}

	/** One node's windows. */
	static final class MemoryPins implements Pins {

		private final Cache<String, Long> until = Caffeine.newBuilder().maximumSize(1_000_000).build();

		@Override
		public void pin(String who, Duration window) {
			this.until.put(who, System.nanoTime() + window.toNanos());
		}

		@Override
		public boolean pinned(String who) {
			Long until = this.until.getIfPresent(who);
			if (until != null && until - System.nanoTime() <= 0) {
				this.until.invalidate(who);
				return false;
			}
			return until != null;
		}

	}

	/** Every node's windows, as keys in Redis that expire with them. */
	static final class RedisPins implements Pins {

		private static final Logger logger = LoggerFactory.getLogger(RedisPins.class);

		private final RedisClient client;

		private final StatefulRedisConnection<String, String> connection;

		RedisPins(RedisClient client) {
			this.client = client;
			this.connection = client.connect();
		}

		@Override
		public void pin(String who, Duration window) {
			try {
				this.connection.sync().set(key(who), "1", SetArgs.Builder.px(window.toMillis()));
			}
			catch (RuntimeException ex) {
				// the write goes on: failing it for want of its window would cost more
				// than
				// the few reads of the next requests that may come from a lagging replica
				logger.warn("Cannot record a read-your-writes window in Redis: {}", ex.toString());
			}
		}

		@Override
		public boolean pinned(String who) {
			try {
				return this.connection.sync().exists(key(who)) > 0;
			}
			catch (RuntimeException ex) {
				// not knowing is reading from the primary
				return true;
			}
		}

		private static String key(String who) {
			return "adtopaper:read-your-writes:" + who;
		}

		@Override
		public void close() {
			this.connection.close();
			this.client.shutdown();
		}

	}

}
