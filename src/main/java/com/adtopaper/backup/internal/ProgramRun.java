package com.adtopaper.backup.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A program ({@code mariadb-dump}, {@code mariadb}) whose standard error is kept (its
 * first few kilobytes, read as it comes so that the program never blocks on it) to say
 * why it failed. Closing it kills it if it still runs.
 */
final class ProgramRun implements AutoCloseable {

	private static final int ERROR_KEPT = 4096;

	private final String name;

	private final Process process;

	private final ByteArrayOutputStream error = new ByteArrayOutputStream();

	private final Thread errorReader;

	private ProgramRun(String name, Process process) {
		this.name = name;
		this.process = process;
		this.errorReader = Thread.ofVirtual().start(this::readError);
	}

	/**
	 * Starts a program.
	 * @param password for {@code MYSQL_PWD}, if any
	 * @param discardOutput whether its standard output is dropped (else read it from
	 * {@link #output()})
	 */
	static ProgramRun start(List<String> command, @Nullable String password, boolean discardOutput) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> environment = builder.environment();
		environment.remove("MYSQL_PWD");
		if (password != null && !password.isEmpty()) {
			environment.put("MYSQL_PWD", password);
		}
		if (discardOutput) {
			builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		}
		return new ProgramRun(command.get(0), builder.start());
	}

	InputStream output() {
		return this.process.getInputStream();
	}

	OutputStream input() {
		return this.process.getOutputStream();
	}

	/** Waits for the program to end; fails unless it exited with 0. */
	void awaitSuccess(Duration timeout) throws IOException {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly();
				throw new IOException(this.name + " did not end within " + timeout);
			}
			this.errorReader.join(Duration.ofSeconds(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
			throw new IOException(this.name + " was interrupted", ex);
		}
		int exit = this.process.exitValue();
		if (exit != 0) {
			throw new IOException(this.name + " exited with " + exit + errorText());
		}
	}

	String errorText() {
		synchronized (this.error) {
			String text = this.error.toString(StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? "" : ": " + text;
		}
	}

	void kill() {
		this.process.destroyForcibly();
	}

	private void readError() {
		byte[] chunk = new byte[1024];
		try (InputStream in = this.process.getErrorStream()) {
			int read;
			while ((read = in.read(chunk)) >= 0) {
				synchronized (this.error) {
					int kept = Math.min(read, ERROR_KEPT - this.error.size());
					if (kept > 0) {
						this.error.write(chunk, 0, kept);
					}
				}
			}
		}
		catch (IOException ex) {
			// the program ended; what it wrote so far is kept
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
		}
	}

}
