package com.adtopaper.printing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.adtopaper.member.Accounts;
import com.adtopaper.member.Schools;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo printer: a site of the demo partner with one printer, whose
 * code and agent credentials are printed in the log, and written to an agent properties
 * file ({@code ./data/demo-agent.properties}), so the reference agent can be tried with
 * the README's two lines.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "adtopaper.demo-data.enabled", havingValue = "true")
class PrintingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PrintingDemoData.class);

	private final Accounts accounts;

	private final Printers printers;

	private final PrinterRepository printerRows;

	private final PrinterSecrets secrets;

	private final Schools schools;

	private final Path agentProperties;

	private final Environment environment;

	PrintingDemoData(Accounts accounts, Printers printers, PrinterRepository printerRows, PrinterSecrets secrets,
			Schools schools,
			@Value("${adtopaper.demo-data.agent-properties:./data/demo-agent.properties}") Path agentProperties,
			Environment environment) {
		this.agentProperties = agentProperties;
		this.environment = environment;
		this.accounts = accounts;
		this.schools = schools;
		this.printers = printers;
		this.printerRows = printerRows;
		this.secrets = secrets;
	}

	@Override
	public void run(ApplicationArguments args) {
		long partner = this.accounts.findByEmail("partner@adtopaper.example").orElseThrow().id();
		PrinterCredentials printer;
		if (this.printerRows.count() == 0) {
			// at the first school, member1's, so the member's printer list shows it
			long site = this.printers.addSite(partner, "Sinchon Copy Shop", "Seoul",
					this.schools.all().getFirst().id());
			printer = this.printers.register(site, "Counter printer");
			// online until the agent reports for itself, so the demo can release to it
			this.printers.report(printer.printerId(),
					new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of()));
		}
		else {
			PrinterEntity first = this.printerRows.findAll().getFirst();
			printer = new PrinterCredentials(first.id(), first.code(), first.keyId(),
					this.secrets.secretOf(first.keyId()));
		}
		log.info("""
				Demo printer {} (members release jobs to this code); its agent's credentials:
				    ADTOPAPER_AGENT_KEY_ID={}
				    ADTOPAPER_AGENT_SECRET={}""", printer.code(), printer.keyId(), printer.secret());
		writeAgentProperties(printer);
	}

	/**
	 * This server as the agent reaches it: its port once it listens (runners run then).
	 */
	private String server() {
		return "http://localhost:" + this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
	}

	private void writeAgentProperties(PrinterCredentials printer) {
		String properties = """
				# The demo printer's agent (written by the embedded default's demo data).
				# An IPP printer for it (README, "The printer agent"):
				#   /usr/sbin/ippeveprinter -n localhost -p 8501 -f application/pdf -k -d /tmp "Demo printer"
				server=%s
				key-id=%s
				secret=%s
				printer=ipp://localhost:8501/ipp/print
				""".formatted(server(), printer.keyId(), printer.secret());
		try {
			Path parent = this.agentProperties.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(this.agentProperties, properties);
			log.info("Demo printer agent settings written to {}", this.agentProperties);
		}
		catch (IOException ex) {
			// the credentials are in the log above all the same
			log.warn("Could not write {}: {}", this.agentProperties, ex.toString());
		}
	}

}
