package com.adtopaper.querycache;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.adtopaper.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache's promise checked at random, the way production runs it: two nodes in this
 * JVM sharing MariaDB and one memcached process of the test's own (node A's traffic
 * through a {@link TcpProxy}, so that it alone can be cut off or slowed down), writers
 * and readers on both nodes at once, and the store failing under them: killed and
 * restarted, node A partitioned from it, node A's traffic slower than its timeout, keys
 * evicted, or nothing failing on a machine busy with other work. Hand-written
 * interleavings find the races someone thought of; these look for the others.
 * <p>
 * Each write bumps an account's version by one and adds a history row with it, so
 * versions only grow. Each checked read first reads the version in the database behind
 * the cache, then, starting after that, reads it through the cache on either node (the
 * balance, the newest history row, or a join of both). A value below the newest version
 * whose write had <em>returned</em> to its caller before the read started is a stale
 * read: the test fails with every one listed (node, query, what it got and expected, how
 * long after the write returned). A value below the database's but not below any returned
 * write is a write that had committed while its caller still waited for its invalidation,
 * which the promise does not cover: it is counted and shown, not failed. Right after each
 * write returns, its writer reads the account through the cache on both nodes, and must
 * see at least its version. Now and then only one node, or one writer, writes: any other
 * write bumps the same generations and would hide an invalidation that went missing.
 * <p>
 * Each mode checks at least {@code querycache.randomized.reads} reads (20,000 unless
 * told; a 2-core CI runner checks that many in a few seconds, and each mode runs longer
 * anyway, for several rounds of its failure) within
 * {@code querycache.randomized.max-seconds} (40) at most. A longer run:
 * {@code ADTOPAPER_IT_DATABASE=... ./mvnw verify -Dtest=QueryCacheRandomizedTwoNodesIntegrationTests
 * -Dquerycache.randomized.reads=1000000 -Dquerycache.randomized.max-seconds=600}.
 */
@Tag("integration")
class QueryCacheRandomizedTwoNodesIntegrationTests {

	private static final int READS = Integer.getInteger("querycache.randomized.reads", 20_000);

	private static final Duration LONGEST = Duration.ofSeconds(Long.getLong("querycache.randomized.max-seconds", 40));

	private static final int ACCOUNTS = 20;

	/**
	 * Reads go to these accounts half of the time, so that the cache has hits to serve.
	 */
	private static final int HOT_ACCOUNTS = 3;

	private static final int WRITERS_PER_NODE = 2;

	private static final int READERS = 4;

	private static final String[] SETTINGS = { "timeout=100ms", "invalidation-timeout=500ms" };

	/** The stale reads listed in a failure's message at most (all are counted). */
	private static final int LISTED = 100;

	private ServerProcess memcached;

	private TcpProxy proxy;

	private CacheNode a;

	private CacheNode b;

	private final List<Process> hogs = new ArrayList<>();

	@Test
	void memcachedKilledAndRestartedEveryTwoSeconds() throws Exception {
		start(21401);
		run("memcached SIGKILLed and restarted", Duration.ofSeconds(20), (run) -> {
			while (run.pause(1500 + random(1000))) {
				this.memcached.kill();
				run.faults.incrementAndGet();
				try {
					// sometimes longer than invalidation-timeout: writes then go through
					// the database
					run.pause(random(800));
				}
				finally {
					this.memcached.start();
				}
			}
		});
	}

	@Test
	void nodeAPartitionedFromMemcachedForASecondEveryThree() throws Exception {
		start(21402);
		run("node A partitioned from memcached", Duration.ofSeconds(24), (run) -> {
			while (run.pause(1500 + random(1000))) {
				this.proxy.drop();
				run.faults.incrementAndGet();
				try {
					run.pause(700 + random(600));
				}
				finally {
					this.proxy.pass();
				}
			}
		});
	}

	@Test
	void nodeATrafficDelayedPastItsTimeoutInBursts() throws Exception {
		start(21403);
		run("node A delayed past its timeout", Duration.ofSeconds(20), (run) -> {
			while (run.pause(1000 + random(1000))) {
				this.proxy.delay(150 + random(150));
				run.faults.incrementAndGet();
				try {
					run.pause(500 + random(1000));
				}
				finally {
					this.proxy.pass();
				}
			}
		});
	}

	@Test
	void memcachedEvictingKeysAtRandom() throws Exception {
		start(21405);
		run("memcached evicting keys at random", Duration.ofSeconds(10), (run) -> {
			while (run.pause(200 + random(600))) {
				if (evictAtRandom(this.memcached.address(), 3) > 0) {
					run.faults.incrementAndGet();
				}
			}
		});
	}

	@Test
	void steadyStateOnALoadedMachine() throws Exception {
		start(21404);
		for (int i = 0; i < 2; i++) {
			this.hogs
				.add(new ProcessBuilder("nice", "-n", "19", "sh", "-c", "while :; do :; done").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start());
		}
		run("steady state, two CPU hogs", Duration.ofSeconds(12), (run) -> {
			while (run.pause(1000)) {
				assertThat(this.hogs).allMatch(Process::isAlive);
			}
		});
	}

	@AfterEach
	void close() {
		for (Process hog : this.hogs) {
			hog.destroyForcibly();
			try {
				hog.waitFor(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		closeQuietly(this.a);
		closeQuietly(this.b);
		closeQuietly(this.proxy);
		closeQuietly(this.memcached);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			System.err.println("Could not close " + closeable + ": " + ex);
		}
	}

	/**
	 * Memcached on its own port, node A through a proxy to it, node B straight to it, the
	 * tables made anew, and both nodes serving from the cache.
	 */
	private void start(int port) throws IOException {
		this.memcached = ServerProcess.memcached(port);
		this.proxy = new TcpProxy(this.memcached.address());
		this.a = new CacheNode(CacheNode.memcached(this.proxy.address(), "100ms"), SETTINGS);
		JdbcTemplate jdbc = this.a.cached;
		jdbc.execute("drop table if exists qc_rnd_entry");
		jdbc.execute("drop table if exists qc_rnd_account");
		jdbc.execute("create table qc_rnd_account (id bigint primary key, version bigint not null)");
		jdbc.execute("create table qc_rnd_entry (id bigint primary key auto_increment, account_id bigint not null,"
				+ " version bigint not null, index qc_rnd_entry_account (account_id, id),"
				+ " constraint fk_qc_rnd_entry_account foreign key (account_id) references qc_rnd_account (id)"
				+ " on delete cascade)");
		for (long id = 1; id <= ACCOUNTS; id++) {
			jdbc.update("insert into qc_rnd_account (id, version) values (?, 0)", id);
			jdbc.update("insert into qc_rnd_entry (account_id, version) values (?, 0)", id);
		}
		// after the tables exist, so that both nodes read the same schema
		this.b = new CacheNode(CacheNode.memcached(this.memcached.address(), "100ms"), SETTINGS);
		for (CacheNode node : List.of(this.a, this.b)) {
			for (Query query : Query.values()) {
				assertThat(node.awaitCached(() -> query.read(node.cached, 1))).isZero();
			}
		}
	}

	private void run(String mode, Duration shortest, Fault fault) throws InterruptedException {
		var run = new Run(mode);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < WRITERS_PER_NODE; i++) {
			String writer = Integer.toString(i);
			threads.add(run.worker("writer-a" + i, () -> run.write("A", writer, this.a, "B", this.b)));
			threads.add(run.worker("writer-b" + i, () -> run.write("B", writer, this.b, "A", this.a)));
		}
		for (int i = 0; i < READERS; i++) {
			threads.add(run.worker("reader-" + i, () -> {
				if (ThreadLocalRandom.current().nextBoolean()) {
					run.check("A", this.a);
				}
				else {
					run.check("B", this.b);
				}
			}));
		}
		// now and then only one node writes, or one writer alone: any other write bumps
		// the same generations soon after, and would hide an invalidation gone missing
		Thread schedule = Thread.ofPlatform().name("writers").start(() -> {
			while (run.pause(200 + random(1300))) {
				run.writing = switch (random(10)) {
					case 0, 1, 2 -> "A0 A1 B0 B1";
					case 3, 4 -> "A0 A1";
					case 5 -> "B0 B1";
					case 6, 7 -> "A" + random(WRITERS_PER_NODE);
					default -> "B" + random(WRITERS_PER_NODE);
				};
			}
		});
		Thread faults = Thread.ofPlatform().name("faults").start(() -> {
			try {
				fault.inject(run);
			}
			catch (Throwable ex) {
				run.error("faults", ex);
			}
		});
		long shortestNanos = shortest.toNanos();
		while (!run.stop) {
			long elapsed = System.nanoTime() - run.started;
			if ((run.checked.sum() >= READS && elapsed >= shortestNanos) || elapsed >= LONGEST.toNanos()) {
				run.stop = true;
			}
			else {
				Thread.sleep(50);
			}
		}
		faults.join(10_000);
		schedule.join(10_000);
		for (Thread thread : threads) {
			// a write on node A may still wait for its invalidation to go through the
			// database
			thread.join(10_000);
		}
		double seconds = (System.nanoTime() - run.started) / 1e9;
		String summary = String.format(
				"[%s] %.1f s, %d faults: %d reads checked (%d right after a write), %d stale, %d newer in the database"
						+ " than any returned write (in flight); %d writes, slowest %d ms, slowest read %d ms;"
						+ " A: %d hits %s; B: %d hits %s",
				mode, seconds, run.faults.get(), run.checked.sum(), run.afterWrite.sum(), run.staleCount.get(),
				run.inFlight.sum(), run.writes.sum(), run.slowestWrite.get() / 1_000_000,
				run.slowestRead.get() / 1_000_000, this.a.hits(), brief(this.a), this.b.hits(), brief(this.b));
		System.out.println(summary);
		assertThat(faults.isAlive() || schedule.isAlive() || threads.stream().anyMatch(Thread::isAlive))
			.as("a thread still runs: " + summary)
			.isFalse();
		assertThat(run.stale).as("stale reads: " + summary).isEmpty();
		assertThat(run.errors).as("errors that reached a caller: " + summary).isEmpty();
		assertThat(run.checked.sum()).as("reads checked in %s: %s (see the javadoc for a longer run)", LONGEST, summary)
			.isGreaterThanOrEqualTo(READS);
		assertThat(this.a.hits()).as("node A served from the cache: " + summary).isGreaterThan(run.checkedOn("A") / 20);
		assertThat(this.b.hits()).as("node B served from the cache: " + summary).isGreaterThan(run.checkedOn("B") / 20);
	}

	/**
	 * Deletes about one in {@code oneIn} of the keys in memcached, entries and
	 * generations alike, as its LRU would under memory pressure: a generation evicted
	 * while entries stored under it stay.
	 * @return how many keys it deleted
	 */
	private static int evictAtRandom(String address, int oneIn) throws IOException {
		int colon = address.lastIndexOf(':');
		try (var socket = new Socket(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)))) {
			socket.setSoTimeout(2000);
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = socket.getOutputStream();
			out.write("lru_crawler metadump all\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			List<String> keys = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.equals("END"); line = in.readLine()) {
				if (!line.startsWith("key=")) {
					// BUSY: the crawler is at work, next time
					return 0;
				}
				keys.add(URLDecoder.decode(line.substring(4, line.indexOf(' ')), StandardCharsets.US_ASCII));
			}
			int deleted = 0;
			for (String key : keys) {
				if (random(oneIn) == 0) {
					out.write(("delete " + key + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.flush();
					if (in.readLine().equals("DELETED")) {
						deleted++;
					}
				}
			}
			return deleted;
		}
	}

	private static String brief(CacheNode node) {
		Map<String, Object> report = node.dataSource.report();
		return "events=" + report.get("events") + " errors=" + report.get("errors") + " bypasses="
				+ report.get("bypasses");
	}

	private static int random(int bound) {
		return ThreadLocalRandom.current().nextInt(bound);
	}

	private static long account() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return random.nextBoolean() ? 1 + random.nextInt(HOT_ACCOUNTS) : 1 + random.nextInt(ACCOUNTS);
	}

	/** The reads checked: each returns the account's version as it saw it. */
	private enum Query {

		BALANCE("select version from qc_rnd_account where id = ?"),

		NEWEST("select version from qc_rnd_entry where account_id = ? order by id desc limit 1"),

		JOIN("select a.version, e.version from qc_rnd_account a join qc_rnd_entry e on e.account_id = a.id"
				+ " where a.id = ? order by e.id desc limit 1");

		private final String sql;

		Query(String sql) {
			this.sql = sql;
		}

		long read(JdbcTemplate jdbc, long id) {
			if (this != JOIN) {
				return Objects.requireNonNull(jdbc.queryForObject(this.sql, Long.class, id));
			}
			long[] both = jdbc.queryForObject(this.sql, (row, n) -> new long[] { row.getLong(1), row.getLong(2) }, id);
			if (both[0] != both[1]) {
				// one statement reads one snapshot, in which both always agree
				throw new IllegalStateException("torn join result for account " + id + ": account version " + both[0]
						+ ", newest entry " + both[1]);
			}
			return both[0];
		}

		static Query any() {
			return values()[random(values().length)];
		}

	}

	/** A failure, injected until the run stops. */
	@FunctionalInterface
	private interface Fault {

		void inject(Run run) throws Exception;

	}

	/** One failure mode's workers and what they saw. */
	private static final class Run {

		final String mode;

		final long started = System.nanoTime();

		/** Every worker loop stops by then at the latest. */
		final long deadline = this.started + LONGEST.toNanos() + TimeUnit.SECONDS.toNanos(30);

		volatile boolean stop;

		/** The writers that write now: {@code A0} is node A's first. */
		volatile String writing = "A0 A1 B0 B1";

		/** For each account, the newest version whose write returned to its caller. */
		final AtomicLong[] returned = new AtomicLong[ACCOUNTS + 1];

		/** For each account, when each version's write returned (System.nanoTime). */
		final List<Map<Long, Long>> returnedAt = new ArrayList<>();

		final LongAdder checked = new LongAdder();

		final Map<String, LongAdder> checkedOn = new ConcurrentHashMap<>();

		final LongAdder afterWrite = new LongAdder();

		final LongAdder inFlight = new LongAdder();

		final LongAdder writes = new LongAdder();

		final AtomicInteger faults = new AtomicInteger();

		final AtomicLong slowestWrite = new AtomicLong();

		final AtomicLong slowestRead = new AtomicLong();

		final AtomicInteger staleCount = new AtomicInteger();

		final Queue<String> stale = new ConcurrentLinkedQueue<>();

		final Queue<String> errors = new ConcurrentLinkedQueue<>();

		Run(String mode) {
			this.mode = mode;
			for (int id = 0; id <= ACCOUNTS; id++) {
				this.returned[id] = new AtomicLong();
				this.returnedAt.add(new ConcurrentHashMap<>());
			}
		}

		Thread worker(String name, Runnable step) {
			return Thread.ofPlatform().name(name).start(() -> {
				for (long i = 0; i < 100L * READS && !this.stop && System.nanoTime() < this.deadline; i++) {
					try {
						step.run();
					}
					catch (RuntimeException ex) {
						error(name, ex);
						CacheNode.sleep(10);
					}
				}
			});
		}

		/** Sleeps, unless the run stops first; returns whether it goes on. */
		boolean pause(long millis) {
			long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
			while (!this.stop && System.nanoTime() < until) {
				CacheNode.sleep(Math.min(20, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
			}
			return !this.stop;
		}

		/**
		 * One write on {@code node}, then a read of it on the other node, started after
		 * the write returned.
		 */
		void write(String name, String writer, CacheNode node, String otherName, CacheNode other) {
			if (!this.writing.contains(name + writer)) {
				CacheNode.sleep(5);
				return;
			}
			long id = account();
			long started = System.nanoTime();
			long version = Objects.requireNonNull(node.transactions.execute((status) -> {
				node.cached.update("update qc_rnd_account set version = version + 1 where id = ?", id);
				// the transaction wrote: this read bypasses the cache
				long written = Objects.requireNonNull(
						node.cached.queryForObject("select version from qc_rnd_account where id = ?", Long.class, id));
				node.cached.update("insert into qc_rnd_entry (account_id, version) values (?, ?)", id, written);
				return written;
			}));
			long returnedNanos = System.nanoTime();
			this.slowestWrite.accumulateAndGet(returnedNanos - started, Math::max);
			this.returnedAt.get((int) id).put(version, returnedNanos);
			this.returned[(int) id].accumulateAndGet(version, Math::max);
			this.writes.increment();

			// every query on the other node, then one on this node
			for (Query query : Query.values()) {
				afterWrite(name, otherName, other, query, id, version, returnedNanos);
			}
			afterWrite(name, name, node, Query.any(), id, version, returnedNanos);
			CacheNode.sleep(30 + random(90));
		}

		private void afterWrite(String writer, String name, CacheNode node, Query query, long id, long version,
				long returnedNanos) {
			long started = System.nanoTime();
			long got = query.read(node.cached, id);
			this.slowestRead.accumulateAndGet(System.nanoTime() - started, Math::max);
			count(name);
			this.afterWrite.increment();
			if (got < version) {
				stale("read after a write on " + writer, name, query, id, version, version, got, started);
			}
		}

		/**
		 * One checked read: the database first, then the cache on {@code node}, started
		 * after it.
		 */
		void check(String name, CacheNode node) {
			long id = account();
			Query query = Query.any();
			long database = Query.BALANCE.read(node.raw, id);
			long bound = this.returned[(int) id].get();
			long started = System.nanoTime();
			long got = query.read(node.cached, id);
			this.slowestRead.accumulateAndGet(System.nanoTime() - started, Math::max);
			count(name);
			if (got < bound) {
				stale("checked read", name, query, id, bound, database, got, started);
			}
			else if (got < database) {
				this.inFlight.increment();
			}
		}

		private void count(String node) {
			this.checked.increment();
			this.checkedOn.computeIfAbsent(node, (n) -> new LongAdder()).increment();
		}

		long checkedOn(String node) {
			LongAdder adder = this.checkedOn.get(node);
			return (adder != null) ? adder.sum() : 0;
		}

		private void stale(String what, String node, Query query, long id, long expected, long database, long got,
				long readStarted) {
			// the first version the read missed whose write had returned before it
			// started
			Map<Long, Long> at = this.returnedAt.get((int) id);
			String since = "?";
			for (long version = got + 1; version <= expected; version++) {
				Long returnedNanos = at.get(version);
				if (returnedNanos != null && returnedNanos <= readStarted) {
					since = String.format("%.1f ms after version %d returned", (readStarted - returnedNanos) / 1e6,
							version);
					break;
				}
			}
			int count = this.staleCount.incrementAndGet();
			if (count <= LISTED) {
				this.stale.add(String.format(
						"%s on node %s, %s of account %d: got %d, expected at least %d (database %d), started %s,"
								+ " %.3f s into the run",
						what, node, query, id, got, expected, database, since, (readStarted - this.started) / 1e9));
			}
		}

		void error(String where, Throwable ex) {
			if (this.errors.size() < LISTED) {
				this.errors.add(String.format("%s, %.3f s into the run: %s", where,
						(System.nanoTime() - this.started) / 1e9, ex));
			}
		}

	}

}
