package com.adtopaper.querycache;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Memcached client for the query cache: the text protocol over blocking sockets, used
 * from the calling thread, with consistent (ketama-style) hashing over the servers.
 * <p>
 * Why by hand: the cache sits in front of a database whose driver answers in about 50 µs
 * on loopback, and every hit, miss and commit adds a Memcached round trip. The kept Java
 * clients (xmemcached, spymemcached, Folsom) all do their I/O on a reactor thread and
 * hand each reply over to the caller; measured on this project's machine, that hand-off
 * made a round trip cost 110 to 145 µs at the median, against 9 µs for a blocking socket
 * read by the caller, and made a cached read slower than the query it replaced (see
 * BENCHMARKS.md). Blocking I/O costs nothing extra on virtual threads. This client does
 * the four commands the cache needs (get, set, incr, add) and nothing else.
 * <p>
 * Failure mode: a server that fails an operation is marked down for a second; its keys
 * then never move to another server, so a generation never lives in two places. While a
 * server is down, reads and stores of its keys fail at once (the caller reads from the
 * database); increments and adds are still tried, since an invalidation must reach the
 * store whenever it can. A connection the server closed (a restart) is replaced at once,
 * with every other idle one, and the command sent again.
 * <p>
 * This class sends the commands and picks the server of each key; a server's pool and
 * failure mode are {@link MemcachedServer}'s, a socket's protocol I/O is
 * {@link MemcachedConnection}'s.
 */
final class Memcached implements Closeable {

	private static final int POINTS_PER_SERVER = 160;

	private final TreeMap<Long, MemcachedServer> ring = new TreeMap<>();

	private final List<MemcachedServer> servers = new ArrayList<>();

	private final int timeoutMillis;

	Memcached(String addresses, Duration timeout, int connectionsPerServer) {
		this.timeoutMillis = (int) Math.max(1, timeout.toMillis());
		for (String address : addresses.trim().split("[\\s,]+")) {
			int colon = address.lastIndexOf(':');
			var server = new MemcachedServer(
					new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))),
					connectionsPerServer, this.timeoutMillis);
			this.servers.add(server);
			for (int i = 0; i < POINTS_PER_SERVER / 4; i++) {
				byte[] digest = md5(address + "-" + i);
				for (int h = 0; h < 4; h++) {
					this.ring.put(point(digest, h), server);
				}
			}
		}
	}

	/** The values of the keys that exist, each as the bytes stored. */
	Map<String, byte[]> get(Collection<String> keys) throws IOException {
		Map<MemcachedServer, List<String>> byServer = new LinkedHashMap<>();
		for (String key : keys) {
			byServer.computeIfAbsent(serverFor(key), (s) -> new ArrayList<>()).add(key);
		}
		Map<String, byte[]> found = new HashMap<>();
		for (var entry : byServer.entrySet()) {
			entry.getKey().call(true, (connection) -> {
				connection.write("get " + String.join(" ", entry.getValue()) + "\r\n");
				for (String line = connection.line(); !line.equals("END"); line = connection.line()) {
					String[] parts = expect(line, "VALUE").split(" ");
					found.put(parts[1], connection.data(Integer.parseInt(parts[3])));
				}
				return null;
			});
		}
		return found;
	}

	/**
	 * Stores without waiting: the reply is read by the next command on the connection.
	 */
	void set(String key, byte[] value, int ttlSeconds) throws IOException {
		serverFor(key).call(true, (connection) -> {
			connection.write("set " + key + " 0 " + ttlSeconds + " " + value.length + "\r\n", value);
			connection.pendingReplies++;
			return null;
		});
	}

	/**
	 * Adds one to a number, tried even while its server is marked down (an invalidation
	 * must reach the store if it can).
	 * @return the new value, or 0 if the key is missing
	 */
	long incr(String key) throws IOException {
		return serverFor(key).call(false, (connection) -> {
			connection.write("incr " + key + " 1\r\n");
			String reply = connection.line();
			return reply.equals("NOT_FOUND") ? 0 : Long.parseLong(expect(reply, ""));
		});
	}

	/** Stores a value only if the key is missing, tried even while its server is down. */
	boolean add(String key, byte[] value) throws IOException {
		return serverFor(key).call(false, (connection) -> {
			connection.write("add " + key + " 0 0 " + value.length + "\r\n", value);
			String reply = connection.line();
			if (!reply.equals("STORED") && !reply.equals("NOT_STORED")) {
				throw new IOException("Unexpected reply from Memcached: " + reply);
			}
			return reply.equals("STORED");
		});
	}

	/** How many times a connection found dead was replaced and the command sent again. */
	long reconnects() {
		return this.servers.stream().mapToLong(MemcachedServer::reconnects).sum();
	}

	private MemcachedServer serverFor(String key) {
		var entry = this.ring.ceilingEntry(point(md5(key), 0));
		return ((entry != null) ? entry : this.ring.firstEntry()).getValue();
	}

	private static String expect(String line, String prefix) throws IOException {
		if (!line.startsWith(prefix) || line.startsWith("ERROR") || line.contains("_ERROR")) {
			throw new IOException("Unexpected reply from Memcached: " + line);
		}
		return line;
	}

	private static long point(byte[] digest, int h) {
		return ((long) (digest[3 + h * 4] & 0xFF) << 24) | ((long) (digest[2 + h * 4] & 0xFF) << 16)
				| ((long) (digest[1 + h * 4] & 0xFF) << 8) | (digest[h * 4] & 0xFF);
	}

	private static byte[] md5(String text) {
		try {
			return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.servers.forEach(MemcachedServer::close);
	}

}
