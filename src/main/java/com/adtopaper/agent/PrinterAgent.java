package com.adtopaper.agent;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The agent on the PC next to a printer: reports the printer's state every few seconds,
 * waits on the server for jobs, prints each with IPP and reports its sides as they print.
 * <p>
 * A plain {@code main}, not a Spring application: it runs on small shop PCs beside other
 * software, restarts with the machine, and needs nothing Spring offers, so it starts in a
 * fraction of a second on the JDK's HTTP client and a few megabytes of heap. It ships as
 * a JAR of its own, {@code target/adtopaper-agent.jar}, started by {@link AgentLauncher}
 * and compiled for Java 17.
 */
public final class PrinterAgent implements Runnable {

	private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

	static {
		// one line a record (the JDK's own format takes two), unless the operator chose
		// one
		if (System.getProperty(LOG_FORMAT) == null) {
			System.setProperty(LOG_FORMAT, "%1$tF %1$tT %4$s %5$s%6$s%n");
		}
	}

	private static final System.Logger log = System.getLogger(PrinterAgent.class.getName());

	private static final Duration JOB_POLL = Duration.ofSeconds(1);

	private final AgentSettings settings;

	private final PrinterApi api;

	private final IppPrinter printer;

	private final PrinterWatch watch = new PrinterWatch();

	private volatile boolean running = true;

	private volatile @Nullable Thread runner;

	public PrinterAgent(AgentSettings settings) {
		this.settings = settings;
		// HTTP/1.1: IPP printers and CUPS speak nothing else, and an h2c upgrade offer
		// on every request is wasted on them
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.api = new PrinterApi(settings.server(), new RequestSigner(settings.keyId(), settings.secret()), http);
		this.printer = new IppPrinter(settings.printer(), http);
	}

	/**
	 * Runs until stopped: {@code PrinterAgent [agent.properties]}; see
	 * {@link AgentSettings}.
	 */
	public static void main(String[] args) throws IOException {
		AgentSettings settings;
		try {
			settings = AgentSettings.load((args.length > 0) ? Path.of(args[0]) : null, System.getenv());
		}
		catch (IllegalArgumentException ex) {
			System.err.println("Printer agent: " + ex.getMessage());
			System.exit(2);
			return;
		}
		PrinterAgent agent = new PrinterAgent(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(agent::stop, "agent-stop"));
		log.log(Level.INFO, "Printer agent: {0}", settings);
		agent.run();
	}

	@Override
	public void run() {
		this.runner = Thread.currentThread();
		ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "agent-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		heartbeats.scheduleWithFixedDelay(this::heartbeat, 0, this.settings.heartbeat().toMillis(),
				TimeUnit.MILLISECONDS);
		Kiosk kiosk = Kiosk.start(this.settings.kioskPort(), this.api);
		try {
			while (this.running) {
				Optional<AgentJob> job = this.api.nextJob(this.settings.pollWait());
				if (job.isPresent()) {
					print(job.get());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			heartbeats.shutdownNow();
			if (kiosk != null) {
				kiosk.close();
			}
		}
	}

	/**
	 * Stops polling; a job being printed is left where it is (the server takes it back).
	 */
	public void stop() {
		this.running = false;
		Thread thread = this.runner;
		if (thread != null) {
			thread.interrupt();
		}
	}

	private void heartbeat() {
		try {
			PrinterHealth health = this.printer.health();
			this.watch.saw(health);
			this.api.heartbeat(health);
		}
		catch (IOException ex) {
			log.log(Level.WARNING, "Heartbeat failed: {0}", ex.toString());
		}
		catch (RuntimeException ex) {
			// a scheduled task that throws is never run again
			log.log(Level.ERROR, "Heartbeat failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void print(AgentJob job) throws InterruptedException {
		log.log(Level.INFO, "Job {0}: received, {1} sides{2}", job.id(), job.sides(),
				job.duplex() ? " on both sides of each sheet" : "");
		Path pdf = null;
		try {
			pdf = this.api.download(job).orElse(null);
			if (pdf != null) {
				int ippJob = send(job, pdf);
				if (ippJob > 0) {
					log.log(Level.INFO, "Job {0}: sent to the printer (its job {1})", job.id(), ippJob);
					new JobFollower(this.api, this.printer, job, JOB_POLL).follow(ippJob);
				}
			}
		}
		catch (IOException ex) {
			log.log(Level.ERROR, "Job {0}: {1}", job.id(), ex.toString());
		}
		finally {
			if (pdf != null) {
				try {
					Files.deleteIfExists(pdf);
				}
				catch (IOException ex) {
					// the system's temporary-file cleaner gets it
				}
			}
		}
	}

	/** The printer's job id, or 0 after the job was failed for good. */
	private int send(AgentJob job, Path pdf) throws InterruptedException {
		Backoff backoff = new Backoff();
		IOException last = null;
		for (int attempt = 0; attempt < 4; attempt++) {
			try {
				return this.printer.print(pdf, "adtopaper-" + job.id(), job.duplex());
			}
			catch (IOException ex) {
				log.log(Level.WARNING, "Job {0}: the printer did not take it ({1})", job.id(), ex.toString());
				last = ex;
				backoff.sleep();
			}
		}
		String code = FailureCode.notSent(last, job.duplex());
		String detail = "The printer did not take the job: " + last;
		log.log(Level.INFO, "Job {0}: failed, not sent: {1} ({2})", job.id(), code, detail);
		this.api.fail(job.id(), 0, code, detail);
		return 0;
	}

}
