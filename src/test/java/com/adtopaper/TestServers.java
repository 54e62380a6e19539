package com.adtopaper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * The one place that knows where the test servers are. MariaDB, Redis and Memcached on
 * loopback (what {@code scripts/test-servers} starts, and what CI runs) are used as they
 * are; where they are not running and Docker is, Testcontainers starts them; otherwise
 * the tests fail at once and say what to do. Never a silent skip.
 */
public final class TestServers {

	/**
	 * The database every integration test context shares; dropped and made anew once per
	 * run. {@code ADTOPAPER_IT_DATABASE} names another, so that two checkouts can run
	 * their tests at once on one server.
	 */
	public static final String DATABASE = System.getenv().getOrDefault("ADTOPAPER_IT_DATABASE", "adtopaper_it");

	/** This run of the tests, as a cache namespace. */
	public static final String RUN = "it-" + Long.toString(System.currentTimeMillis(), 36);

	private static TestServers servers;

	private final String mariadbHost;

	private final int mariadbPort;

	private final String redisHost;

	private final int redisPort;

	private final String memcached;

	private TestServers(String mariadbHost, int mariadbPort, String redisHost, int redisPort, String memcached) {
		this.mariadbHost = mariadbHost;
		this.mariadbPort = mariadbPort;
		this.redisHost = redisHost;
		this.redisPort = redisPort;
		this.memcached = memcached;
	}

	private static boolean fresh;

	/** The servers, with the tests' database made anew on first use. */
	public static synchronized TestServers get() {
		TestServers found = find();
		if (!fresh) {
			found.freshDatabase(DATABASE);
			fresh = true;
		}
		return found;
	}

	/**
	 * The servers, leaving the tests' database alone: for benchmarks, which use databases
	 * of their own and may run while tests do.
	 */
	public static synchronized TestServers find() {
		if (servers == null) {
			servers = start();
		}
		return servers;
	}

	private static TestServers start() {
		if (listening(3306) && listening(6379) && listening(11211)) {
			return new TestServers("127.0.0.1", 3306, "127.0.0.1", 6379, "127.0.0.1:11211");
		}
		if (dockerAvailable()) {
			var mariadb = new MariaDBContainer("mariadb:10.11").withUsername("root").withPassword("");
			mariadb.withEnv("MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "yes").start();
			var redis = new GenericContainer<>("redis:7").withExposedPorts(6379);
			redis.start();
			var memcached = new GenericContainer<>("memcached:1.6").withExposedPorts(11211);
			memcached.start();
			return new TestServers(mariadb.getHost(), mariadb.getMappedPort(3306), redis.getHost(),
					redis.getMappedPort(6379), memcached.getHost() + ":" + memcached.getMappedPort(11211));
		}
		throw new IllegalStateException("""
				The integration tests need MariaDB on 127.0.0.1:3306 (root, no password), Redis on 127.0.0.1:6379 \
				and Memcached on 127.0.0.1:11211, and not all of them answer. Run `scripts/test-servers ensure` \
				(as root it installs and starts them from Debian's packages), or start Docker so that \
				Testcontainers can run them.""");
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static boolean listening(int port) {
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Drops and creates a database, so each run starts from the migrations alone. */
	public void freshDatabase(String name) {
		try (var connection = DriverManager.getConnection(serverUrl(), "root", "");
				var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot recreate database " + name + " on " + serverUrl(), ex);
		}
	}

	private String serverUrl() {
		return "jdbc:mariadb://" + this.mariadbHost + ":" + this.mariadbPort + "/";
	}

	public String jdbcUrl(String database) {
		return serverUrl() + database;
	}

	public String redisHost() {
		return this.redisHost;
	}

	public int redisPort() {
		return this.redisPort;
	}

	public String memcached() {
		return this.memcached;
	}

	/** The bucket every integration test context writes its files into. */
	public static final String BUCKET = "adtopaper-it";

	/** The private bucket (members' documents and print jobs) of every test context. */
	public static final String PRIVATE_BUCKET = "adtopaper-it-private";

	private static ServerProcess s3mock;

	/**
	 * S3Mock's address: one process for the whole run, started on first use and stopped
	 * when the tests' JVM ends.
	 */
	public static synchronized String s3Endpoint() {
		if (s3mock == null) {
			try {
				int port;
				try (var socket = new java.net.ServerSocket(0)) {
					port = socket.getLocalPort();
				}
				java.nio.file.Path root = java.nio.file.Files.createTempDirectory("s3mock");
				s3mock = ServerProcess.s3mock(port, root, BUCKET + "," + PRIVATE_BUCKET);
				ServerProcess started = s3mock;
				Runtime.getRuntime().addShutdownHook(new Thread(started::kill));
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot start S3Mock", ex);
			}
		}
		return "http://" + s3mock.address();
	}

}
