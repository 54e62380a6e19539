package com.adtopaper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;

/**
 * A real IPP Everywhere printer for tests: CUPS' {@code ippeveprinter} (Debian's
 * cups-ipp-utils, which {@code scripts/test-servers} installs with the D-Bus and
 * avahi-daemon it needs), accepting PDF on a port of its own and keeping every document
 * it receives ({@code -k}) in its spool directory as {@code <job-id>-<job-name>.pdf}.
 * <p>
 * Each job is "printed" by {@link #main}, run by ippeveprinter as its command
 * ({@code -c}), which reports one impression after another as real printers do, so that
 * {@code job-impressions-completed} counts up while the job prints.
 */
public final class IppEvePrinter implements AutoCloseable {

	private final Path spool;

	private final int port;

	private final Process process;

	private IppEvePrinter(Path spool, int port, Process process) {
		this.spool = spool;
		this.port = port;
		this.process = process;
	}

	/** Starts a printer taking {@code millisPerPage} to print each page. */
	public static IppEvePrinter start(Path directory, long millisPerPage) {
		return start(directory, millisPerPage, -1, false);
	}

	/**
	 * Starts a printer that prints both sides of a sheet ({@code -2}: its
	 * {@code sides-supported} has the two-sided values); one started otherwise prints one
	 * side only and refuses a job that asks for two.
	 */
	public static IppEvePrinter duplex(Path directory, long millisPerPage) {
		return start(directory, millisPerPage, -1, true);
	}

	/**
	 * Starts a printer whose paper jams after {@code pagesBeforeJam} pages of every job:
	 * the job is aborted with those pages counted.
	 */
	public static IppEvePrinter jamming(Path directory, long millisPerPage, int pagesBeforeJam) {
		return start(directory, millisPerPage, pagesBeforeJam, false);
	}

	private static IppEvePrinter start(Path directory, long millisPerPage, int pagesBeforeJam, boolean duplex) {
		try {
			Path spool = Files.createDirectories(directory.resolve("spool"));
			Path command = directory.resolve("print-pages");
			String java = ProcessHandle.current().info().command().orElse("java");
			Files.writeString(command, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
					+ "' " + IppEvePrinter.class.getName() + " \"$1\" " + millisPerPage + " " + pagesBeforeJam + "\n");
			Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
			int port = freePort();
			String binary = Files.isExecutable(Path.of("/usr/sbin/ippeveprinter")) ? "/usr/sbin/ippeveprinter"
					: "ippeveprinter";
			List<String> line = new java.util.ArrayList<>(
					List.of(binary, "-n", "localhost", "-p", Integer.toString(port), "-f", "application/pdf", "-d",
							spool.toString(), "-k", "-c", command.toString()));
			if (duplex) {
				line.add("-2");
			}
			line.add("Test Printer " + port);
			Process process = new ProcessBuilder(line).redirectErrorStream(true)
				.redirectOutput(directory.resolve("ippeveprinter.log").toFile())
				.start();
			IppEvePrinter printer = new IppEvePrinter(spool, port, process);
			printer.awaitListening();
			return printer;
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"This test prints to ippeveprinter: install it with D-Bus and avahi-daemon running (scripts/test-servers ensure does, as root)",
					ex);
		}
	}

	public URI uri() {
		return URI.create("ipp://localhost:" + this.port + "/ipp/print");
	}

	/** The PDFs the printer received, oldest job first. */
	public List<Path> received() {
		try (Stream<Path> files = Files.list(this.spool)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".pdf"))
				.sorted((a, b) -> Integer.compare(jobId(a), jobId(b)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int jobId(Path file) {
		String name = file.getFileName().toString();
		return Integer.parseInt(name.substring(0, name.indexOf('-')));
	}

	private void awaitListening() {
		for (int i = 0; i < 200; i++) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("ippeveprinter stopped at once (exit " + this.process.exitValue()
						+ "): are D-Bus and avahi-daemon running? scripts/test-servers ensure starts them");
			}
			try (var socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
				return;
			}
			catch (IOException ex) {
				ServerProcess.sleep(50);
			}
		}
		throw new IllegalStateException("ippeveprinter did not answer on port " + this.port);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The printer's engine: counts the document's pages and reports them printed one by
	 * one on stderr, in the {@code ATTR:} lines ippeveprinter reads from its command; a
	 * jam is a {@code STATE:} line and a failed exit, which aborts the job.
	 */
	public static void main(String[] args) throws Exception {
		int pages;
		try (var document = Loader.loadPDF(new File(args[0]))) {
			pages = document.getNumberOfPages();
		}
		System.err.println("ATTR: job-impressions=" + pages);
		int jamAfter = Integer.parseInt(args[2]);
		for (int page = 1; page <= pages; page++) {
			if (page - 1 == jamAfter) {
				System.err.println("STATE: +media-jam");
				System.err.println("ERROR: Paper jam");
				System.exit(1);
			}
			Thread.sleep(Long.parseLong(args[1]));
			System.err.println("ATTR: job-impressions-completed=" + page);
		}
	}

}
