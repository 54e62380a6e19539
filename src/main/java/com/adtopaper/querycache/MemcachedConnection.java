package com.adtopaper.querycache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One socket to a Memcached server and its buffered streams: writes commands, reads reply
 * lines and data blocks, and the replies of stores sent without waiting.
 */
final class MemcachedConnection {

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	int pendingReplies;

	MemcachedConnection(InetSocketAddress address, int timeoutMillis) throws IOException {
		this.socket = new Socket();
		this.socket.setTcpNoDelay(true);
		this.socket.setSoTimeout(timeoutMillis);
		this.socket.connect(address, timeoutMillis);
		this.in = new BufferedInputStream(this.socket.getInputStream(), 16 * 1024);
		this.out = new BufferedOutputStream(this.socket.getOutputStream(), 16 * 1024);
	}

	void write(String command, byte[]... data) throws IOException {
		this.out.write(command.getBytes(StandardCharsets.UTF_8));
		for (byte[] block : data) {
			this.out.write(block);
			this.out.write('\r');
			this.out.write('\n');
		}
		this.out.flush();
	}

	void readPendingReplies() throws IOException {
		for (; this.pendingReplies > 0; this.pendingReplies--) {
			String reply = line();
			if (!reply.equals("STORED") && !reply.equals("NOT_STORED")) {
				throw new IOException("Unexpected reply from Memcached: " + reply);
			}
		}
	}

	String line() throws IOException {
		var line = new ByteArrayOutputStream(64);
		int b;
		while ((b = this.in.read()) != '\n') {
			if (b < 0) {
				throw new IOException("Memcached closed the connection");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.UTF_8);
	}

	byte[] data(int length) throws IOException {
		byte[] data = this.in.readNBytes(length + 2);
		if (data.length < length + 2) {
			throw new IOException("Memcached closed the connection");
		}
		return Arrays.copyOf(data, length);
	}

	void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// closing a broken connection
		}
	}

}
