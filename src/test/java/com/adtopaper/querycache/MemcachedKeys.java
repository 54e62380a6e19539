package com.adtopaper.querycache;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Looks into a memcached server the way an operator would (the text protocol by hand):
 * the generations of tables, and a generation evicted on purpose.
 */
final class MemcachedKeys {

	private MemcachedKeys() {
	}

	/** The key of a table's generation, as the nodes of this test run name it. */
	static String generationKey(DataSource database, String table) {
		try (Connection connection = database.getConnection()) {
			return CacheNode.NAMESPACE + ":g2:" + new SchemaMetadata().current(connection).databaseId() + ":" + table;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The generations of these tables that the server holds, with their values. */
	static Map<String, Long> generations(String address, DataSource database, String... tables) {
		Map<String, Long> values = new TreeMap<>();
		for (String table : tables) {
			List<String> reply = command(address, "get " + generationKey(database, table));
			if (reply.getFirst().startsWith("VALUE")) {
				values.put(table, Long.parseLong(reply.get(1)));
			}
		}
		return values;
	}

	/** Deletes the generation of a table; returns whether one was there. */
	static boolean evictGeneration(String address, DataSource database, String table) {
		return "DELETED".equals(command(address, "delete " + generationKey(database, table)).getFirst());
	}

	/** Sends one command and reads its reply up to END (or its one line). */
	private static List<String> command(String address, String command) {
		int colon = address.lastIndexOf(':');
		try (var socket = new Socket(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)))) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			List<String> lines = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.equals("END"); line = in.readLine()) {
				lines.add(line);
				if (!command.startsWith("get")) {
					break;
				}
			}
			if (lines.isEmpty()) {
				lines.add("END");
			}
			return lines;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
