package com.adtopaper.querycache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of one server, for one node's traffic only: passes bytes, drops
 * them (the node is cut off, its connections stay open and time out), delays them, or
 * closes every connection.
 */
final class TcpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final InetSocketAddress target;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean dropping;

	private volatile long delayMillis;

	TcpProxy(String target) throws IOException {
		int colon = target.lastIndexOf(':');
		this.target = new InetSocketAddress(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
		this.server = new ServerSocket(0, 200, java.net.InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(this::accept);
	}

	String address() {
		return "127.0.0.1:" + this.server.getLocalPort();
	}

	/** Drops every byte either way, on open connections and new ones, until passing. */
	void drop() {
		this.dropping = true;
	}

	/** Holds every chunk of bytes this long before passing it on. */
	void delay(long millis) {
		this.delayMillis = millis;
	}

	/** Passes bytes as they come. */
	void pass() {
		this.dropping = false;
		this.delayMillis = 0;
	}

	/** Closes every open connection, as a server restart or a broken network would. */
	void closeConnections() {
		for (Socket socket : this.sockets) {
			close(socket);
		}
	}

	private void accept() {
		while (!this.server.isClosed()) {
			Socket client;
			try {
				client = this.server.accept();
			}
			catch (IOException ex) {
				return;
			}
			try {
				client.setTcpNoDelay(true);
				Socket upstream = new Socket();
				upstream.setTcpNoDelay(true);
				upstream.connect(this.target, 1000);
				this.sockets.add(client);
				this.sockets.add(upstream);
				Thread.ofVirtual().start(() -> pump(client, upstream));
				Thread.ofVirtual().start(() -> pump(upstream, client));
			}
			catch (IOException ex) {
				// the server is down: the client sees its connection close
				close(client);
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				long delay = this.delayMillis;
				if (delay > 0) {
					CacheNode.sleep(delay);
				}
				if (!this.dropping) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
		}
		catch (IOException ex) {
			// one side closed
		}
		finally {
			close(from);
			close(to);
		}
	}

	private void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
		this.sockets.remove(socket);
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		closeConnections();
	}

}
