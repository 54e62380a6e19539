package com.adtopaper.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.JobState;
import com.hp.jipp.model.PrinterState;
import com.hp.jipp.model.Types;
import org.jspecify.annotations.Nullable;

/**
 * The local printer, spoken to in IPP (RFC 8011) with jipp: its state, Print-Job, and the
 * state of a job it took. IPP runs over HTTP, {@code ipp://} on port 631 by default.
 */
final class IppPrinter {

	private static final String USER = "adtopaper-agent";

	private final URI uri;

	private final URI http;

	private final HttpClient client;

	/** What the printer last said it can do; kept for the heartbeats it misses. */
	private volatile @Nullable IppCapabilities capabilities;

	IppPrinter(URI uri, HttpClient client) {
		this.uri = uri;
		String scheme = "ipps".equals(uri.getScheme()) ? "https" : "http";
		int port = (uri.getPort() != -1) ? uri.getPort() : 631;
		this.http = URI.create(scheme + "://" + uri.getHost() + ":" + port + uri.getRawPath());
		this.client = client;
	}

	/**
	 * The printer's state as a heartbeat, with what it can do; offline if it does not
	 * answer, with what it could do when it last did.
	 */
	PrinterHealth health() throws InterruptedException {
		try {
			IppPacket response = send(IppPacket
				.getPrinterAttributes(this.uri, Types.printerState, Types.printerStateReasons, Types.sidesSupported,
						Types.colorSupported, Types.mediaSupported, Types.documentFormatSupported)
				.putOperationAttributes(Types.requestingUserName.of(USER))
				.build(), BodyPublishers.noBody());
			PrinterState state = response.getValue(Tag.printerAttributes, Types.printerState);
			this.capabilities = capabilitiesOf(response);
			return PrinterHealth
				.of((state != null) ? state.getName() : "stopped",
						response.getStrings(Tag.printerAttributes, Types.printerStateReasons))
				.with(this.capabilities);
		}
		catch (IOException ex) {
			return PrinterHealth.OFFLINE.with(this.capabilities);
		}
	}

	/** What the printer can do, asked now. */
	IppCapabilities capabilities() throws IOException, InterruptedException {
		IppPacket response = send(IppPacket
			.getPrinterAttributes(this.uri, Types.sidesSupported, Types.colorSupported, Types.mediaSupported,
					Types.documentFormatSupported)
			.putOperationAttributes(Types.requestingUserName.of(USER))
			.build(), BodyPublishers.noBody());
		IppCapabilities read = capabilitiesOf(response);
		this.capabilities = read;
		return read;
	}

	private static IppCapabilities capabilitiesOf(IppPacket response) {
		return IppCapabilities.of(response.getStrings(Tag.printerAttributes, Types.sidesSupported),
				Boolean.TRUE.equals(response.getValue(Tag.printerAttributes, Types.colorSupported)),
				response.getStrings(Tag.printerAttributes, Types.mediaSupported),
				response.getStrings(Tag.printerAttributes, Types.documentFormatSupported));
	}

	/**
	 * Sends a PDF with Print-Job; the printer's job id. Only what the printer says it
	 * supports is asked for (a printer refuses a job with a value it does not support,
	 * {@code client-error-attributes-or-values-not-supported}): a duplex job goes
	 * one-sided to a printer that prints one side only.
	 */
	int print(Path pdf, String name, boolean duplex) throws IOException, InterruptedException {
		IppCapabilities can = capabilities();
		IppPacket.Builder request = IppPacket.printJob(this.uri)
			.putOperationAttributes(Types.requestingUserName.of(USER), Types.jobName.of(name));
		if (can.supportsFormat("application/pdf")) {
			request.putOperationAttributes(Types.documentFormat.of("application/pdf"));
		}
		if (duplex && can.supportsSides("two-sided-long-edge")) {
			request.putJobAttributes(Types.sides.of("two-sided-long-edge"));
		}
		IppPacket response = send(request.build(), BodyPublishers.ofFile(pdf));
		Integer job = response.getValue(Tag.jobAttributes, Types.jobId);
		if (job == null) {
			throw new IOException("The printer took the job but gave no job-id");
		}
		return job;
	}

	/** What became of a job the printer took. */
	IppJob job(int jobId) throws IOException, InterruptedException {
		IppPacket response = send(IppPacket
			.getJobAttributes(this.uri, jobId, Types.jobState, Types.jobStateReasons, Types.jobStateMessage,
					Types.jobImpressionsCompleted, Types.jobMediaSheetsCompleted)
			.putOperationAttributes(Types.requestingUserName.of(USER))
			.build(), BodyPublishers.noBody());
		JobState state = response.getValue(Tag.jobAttributes, Types.jobState);
		if (state == null) {
			throw new IOException("The printer did not say the state of job " + jobId);
		}
		String message = response.getString(Tag.jobAttributes, Types.jobStateMessage);
		return new IppJob(state.getName(), orZero(response.getValue(Tag.jobAttributes, Types.jobImpressionsCompleted)),
				orZero(response.getValue(Tag.jobAttributes, Types.jobMediaSheetsCompleted)),
				response.getStrings(Tag.jobAttributes, Types.jobStateReasons), Objects.requireNonNullElse(message, ""));
	}

	private IppPacket send(IppPacket request, BodyPublisher document) throws IOException, InterruptedException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		request.write(header);
		HttpRequest http = HttpRequest.newBuilder(this.http)
			.timeout(Duration.ofMinutes(2))
			.header("Content-Type", "application/ipp")
			.POST(BodyPublishers.concat(BodyPublishers.ofByteArray(header.toByteArray()), document))
			.build();
		var response = this.client.send(http, BodyHandlers.ofInputStream());
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				throw new IOException("The printer answered HTTP " + response.statusCode());
			}
			IppPacket packet = new IppInputStream(body).readPacket();
			if (packet.getCode() >= 0x0400) {
				throw new IOException("The printer refused " + request.getOperation().getName() + ": "
						+ String.format("status 0x%04x", packet.getCode()));
			}
			return packet;
		}
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

}
