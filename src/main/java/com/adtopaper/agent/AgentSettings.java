package com.adtopaper.agent;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * What the agent needs to run, from a properties file and environment variables (which
 * win): {@code server} / {@code ADTOPAPER_AGENT_SERVER} and so on for each name below.
 *
 * @param server the application's base URL, e.g. {@code https://print.example.com}
 * @param keyId the printer's key id
 * @param secret the printer's secret
 * @param printer the local printer's IPP URI, e.g.
 * {@code ipp://localhost:631/printers/lab}
 * @param pollWait how long one poll for a job waits on the server (1 to 25 s)
 * @param heartbeat how often the printer's state is reported
 * @param kioskPort the port of the kiosk page on which members type a job's release code
 * at the printer, {@code http://127.0.0.1:8631/} unless {@code kiosk-port} /
 * {@code ADTOPAPER_AGENT_KIOSK_PORT} says otherwise; {@code 0} or {@code off} for no
 * kiosk. It listens on the loopback only (see {@link Kiosk}).
 */
public record AgentSettings(URI server, String keyId, String secret, URI printer, Duration pollWait, Duration heartbeat,
		int kioskPort) {

	static final List<String> NAMES = List.of("server", "key-id", "secret", "printer", "poll-wait", "heartbeat");

	/** Settings with a default, which may be left out. */
	static final List<String> OPTIONAL = List.of("kiosk-port");

	/** The kiosk's port unless {@code kiosk-port} says otherwise. */
	static final int KIOSK_PORT = 8631;

	public AgentSettings {
		if (pollWait.toSeconds() < 1 || pollWait.toSeconds() > 25) {
			throw new IllegalArgumentException("poll-wait is 1 to 25 seconds");
		}
		if (heartbeat.toSeconds() < 1) {
			throw new IllegalArgumentException("heartbeat is at least 1 second");
		}
		if (kioskPort < 0 || kioskPort > 65535) {
			throw new IllegalArgumentException("kiosk-port is a port (1 to 65535), or 0 or off for no kiosk");
		}
	}

	/**
	 * Reads {@code file} (if given), then the environment; names every missing setting at
	 * once.
	 */
	public static AgentSettings load(@Nullable Path file, Map<String, String> environment) throws IOException {
		Properties properties = new Properties();
		if (file != null) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		for (String name : NAMES) {
			String value = environment.get(variable(name));
			if (value != null && !value.isBlank()) {
				properties.setProperty(name, value);
			}
		}
		for (String name : OPTIONAL) {
			String value = environment.get(variable(name));
			if (value != null && !value.isBlank()) {
				properties.setProperty(name, value);
			}
		}
		properties.putIfAbsent("poll-wait", "25");
		properties.putIfAbsent("heartbeat", "30");
		List<String> missing = new ArrayList<>();
		for (String name : NAMES) {
			if (properties.getProperty(name, "").isBlank()) {
				missing.add(name + " (" + variable(name) + ")");
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("Missing settings: " + String.join(", ", missing));
		}
		return new AgentSettings(URI.create(stripSlash(properties.getProperty("server").strip())),
				properties.getProperty("key-id").strip(), properties.getProperty("secret").strip(),
				URI.create(properties.getProperty("printer").strip()), seconds(properties, "poll-wait"),
				seconds(properties, "heartbeat"), kioskPort(properties.getProperty("kiosk-port", "").strip()));
	}

	private static int kioskPort(String value) {
		if (value.isEmpty()) {
			return KIOSK_PORT;
		}
		if (value.equalsIgnoreCase("off")) {
			return 0;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("kiosk-port is a port (1 to 65535), or 0 or off for no kiosk", ex);
		}
	}

	static String variable(String name) {
		return "ADTOPAPER_AGENT_" + name.replace('-', '_').toUpperCase(Locale.ROOT);
	}

	private static Duration seconds(Properties properties, String name) {
		try {
			return Duration.ofSeconds(Long.parseLong(properties.getProperty(name).strip()));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " is a number of seconds", ex);
		}
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	@Override
	public String toString() {
		return "AgentSettings[server=" + this.server + ", keyId=" + this.keyId + ", printer=" + this.printer
				+ ", pollWait=" + this.pollWait + ", heartbeat=" + this.heartbeat + ", kioskPort=" + this.kioskPort
				+ "]";
	}

}
