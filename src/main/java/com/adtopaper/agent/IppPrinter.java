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

/**
 * The local printer, spoken to in IPP (RFC 8011) with jipp: its state, Print-Job, and the
 * state of a job it took. IPP runs over HTTP, {@code ipp://} on port 631 by default.
 */
final class IppPrinter {

	private static final String USER = "adtopaper-agent";

	private final URI uri;

	private final URI http;

	private final HttpClient client;

	IppPrinter(URI uri, HttpClient client) {
		this.uri = uri;
		String scheme = "ipps".equals(uri.getScheme()) ? "https" : "http";
		int port = (uri.getPort() != -1) ? uri.getPort() : 631;
		this.http = URI.create(scheme + "://" + uri.getHost() + ":" + port + uri.getRawPath());
		this.client = client;
	}

	/**
	 * The printer's state as a heartbeat; {@link PrinterHealth#OFFLINE} if it does not
	 * answer.
	 */
	PrinterHealth health() throws InterruptedException {
		try {
			IppPacket response = send(
					IppPacket.getPrinterAttributes(this.uri, Types.printerState, Types.printerStateReasons)
						.putOperationAttributes(Types.requestingUserName.of(USER))
						.build(),
					BodyPublishers.noBody());
			PrinterState state = response.getValue(Tag.printerAttributes, Types.printerState);
			return PrinterHealth.of((state != null) ? state.getName() : "stopped",
					response.getStrings(Tag.printerAttributes, Types.printerStateReasons));
		}
		catch (IOException ex) {
			return PrinterHealth.OFFLINE;
		}
	}

	/** Sends a PDF with Print-Job; the printer's job id. */
	int print(Path pdf, String name, boolean duplex) throws IOException, InterruptedException {
		IppPacket.Builder request = IppPacket.printJob(this.uri)
			.putOperationAttributes(Types.requestingUserName.of(USER), Types.jobName.of(name),
					Types.documentFormat.of("application/pdf"));
		if (duplex) {
			// a printer that cannot print both sides prints one (ipp-attribute-fidelity
			// is false), and counts impressions all the same
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
