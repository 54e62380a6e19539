package com.adtopaper.printing;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.adtopaper.printing.PrintingExceptions.InvalidJob;
import com.adtopaper.printing.PrintingExceptions.NoSuchPrinter;
import com.adtopaper.printing.PrintingExceptions.NoSuchSite;
import com.adtopaper.printing.internal.PrinterEntity;
import com.adtopaper.printing.internal.PrinterRepository;
import com.adtopaper.printing.internal.PrinterSecrets;
import com.adtopaper.printing.internal.PrinterSettings;
import com.adtopaper.printing.internal.SiteEntity;
import com.adtopaper.printing.internal.SiteRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner sites and their printers: operators register them (a printer's secret is shown
 * once), printers report their status, members find them by code.
 */
@Service
@Transactional
public class Printers {

	private final PrinterRepository printers;

	private final SiteRepository sites;

	private final PrinterSecrets secrets;

	private final PrinterSettings settings;

	private final Clock clock;

	Printers(PrinterRepository printers, SiteRepository sites, PrinterSecrets secrets, PrinterSettings settings,
			Clock clock) {
		this.printers = printers;
		this.sites = sites;
		this.secrets = secrets;
		this.settings = settings;
		this.clock = clock;
	}

	/** Adds a site to a partner (an operator's act). */
	public long addSite(long partnerId, String name, String region, @Nullable Long schoolId) {
		if (name.isBlank() || name.length() > 150) {
			throw new InvalidJob("name", "A site's name has 1 to 150 characters.", "problem.printing.site-name");
		}
		if (region.isBlank() || region.length() > 50) {
			throw new InvalidJob("region", "A site's region has 1 to 50 characters.", "problem.printing.site-region");
		}
		return this.sites.save(new SiteEntity(partnerId, name.strip(), region.strip(), schoolId, this.clock.instant()))
			.id();
	}

	/** Registers a printer at a site; the credentials' secret is never shown again. */
	public PrinterCredentials register(long siteId, String name) {
		this.sites.findById(siteId).orElseThrow(() -> new NoSuchSite(siteId));
		if (name.isBlank() || name.length() > 100) {
			throw new InvalidJob("name", "A printer's name has 1 to 100 characters.", "problem.printing.printer-name");
		}
		String code = this.secrets.newCode();
		while (this.printers.findByCode(code).isPresent()) {
			code = this.secrets.newCode();
		}
		String keyId = this.secrets.newKeyId();
		PrinterEntity printer = this.printers
			.save(new PrinterEntity(siteId, code, name.strip(), keyId, this.clock.instant()));
		return new PrinterCredentials(printer.id(), code, keyId, this.secrets.secretOf(keyId));
	}

	/** A new key for a printer; the old one stops working at once. */
	public PrinterCredentials renewKey(long printerId) {
		PrinterEntity printer = entity(printerId);
		String keyId = this.secrets.newKeyId();
		printer.renewKey(keyId);
		return new PrinterCredentials(printerId, printer.code(), keyId, this.secrets.secretOf(keyId));
	}

	/**
	 * Takes a printer out of service: it shows in error ({@code DISABLED}), nothing is
	 * released to it and its agent is given no job, until it is enabled again.
	 */
	public Printer disable(long printerId) {
		PrinterEntity printer = entity(printerId);
		printer.disable(this.clock.instant());
		return toPrinter(printer, this.clock.instant());
	}

	public Printer enable(long printerId) {
		PrinterEntity printer = entity(printerId);
		printer.enable();
		return toPrinter(printer, this.clock.instant());
	}

	/** Whether an operator took the printer out of service. */
	@Transactional(readOnly = true)
	public boolean disabled(long printerId) {
		return entity(printerId).disabled();
	}

	/** The printer a key id belongs to, with the secret its requests are signed with. */
	@Transactional(readOnly = true)
	public Optional<PrinterKey> key(String keyId) {
		return this.printers.findByKeyId(keyId)
			.map((printer) -> new PrinterKey(printer.id(), this.secrets.secretOf(keyId)));
	}

	/** A printer's heartbeat that tells nothing of what it can do (an older agent). */
	public Printer report(long printerId, PrinterStatus status) {
		return report(printerId, status, null);
	}

	/**
	 * A printer's heartbeat, with what it can do; {@code null} capabilities (the
	 * heartbeat did not carry them) make them unknown.
	 */
	public Printer report(long printerId, PrinterStatus status, @Nullable PrinterCapabilities capabilities) {
		PrinterEntity printer = entity(printerId);
		Instant now = this.clock.instant();
		printer.report(status, now);
		printer.capabilities(capabilities);
		return toPrinter(printer, now);
	}

	@Transactional(readOnly = true)
	public Printer get(long printerId) {
		return toPrinter(entity(printerId), this.clock.instant());
	}

	/** The partner who owns a site. */
	@Transactional(readOnly = true)
	public long partnerOfSite(long siteId) {
		return this.sites.findById(siteId).orElseThrow(() -> new NoSuchSite(siteId)).partnerId();
	}

	@Transactional(readOnly = true)
	public Printer byCode(String code) {
		return this.printers.findByCode(code.strip().toUpperCase(Locale.ROOT))
			.map((printer) -> toPrinter(printer, this.clock.instant()))
			.orElseThrow(() -> new NoSuchPrinter(code));
	}

	/** The printers at a partner's sites. */
	@Transactional(readOnly = true)
	public List<Printer> ofPartner(long partnerId) {
		Map<Long, SiteEntity> sites = this.sites.findByPartnerId(partnerId)
			.stream()
			.collect(Collectors.toMap(SiteEntity::id, Function.identity()));
		if (sites.isEmpty()) {
			return List.of();
		}
		Instant offlineBefore = this.clock.instant().minus(this.settings.offlineAfter());
		return this.printers.findBySiteIdIn(List.copyOf(sites.keySet()))
			.stream()
			.map((printer) -> printer.toPrinter(sites.get(printer.siteId()), offlineBefore))
			.toList();
	}

	/**
	 * Every printer with its site, ordered by site and name: what an advertiser targets
	 * and reads reports by (names, never ids).
	 */
	@Transactional(readOnly = true)
	public List<Printer> all() {
		Map<Long, SiteEntity> sites = this.sites.findAll()
			.stream()
			.collect(Collectors.toMap(SiteEntity::id, Function.identity()));
		Instant offlineBefore = this.clock.instant().minus(this.settings.offlineAfter());
		return this.printers.findAll()
			.stream()
			.filter((printer) -> sites.containsKey(printer.siteId()))
			.map((printer) -> printer.toPrinter(sites.get(printer.siteId()), offlineBefore))
			.sorted(Comparator.comparing(Printer::site).thenComparing(Printer::name))
			.toList();
	}

	/**
	 * The printers at the sites of a school, with their site, ordered by site and name:
	 * what a member of that school chooses from.
	 */
	@Transactional(readOnly = true)
	public List<Printer> atSchool(long schoolId) {
		Instant offlineBefore = this.clock.instant().minus(this.settings.offlineAfter());
		return this.printers.findAtSchool(schoolId)
			.stream()
			.map((row) -> ((PrinterEntity) row[0]).toPrinter((SiteEntity) row[1], offlineBefore))
			.toList();
	}

	private Printer toPrinter(PrinterEntity printer, Instant now) {
		SiteEntity site = this.sites.findById(printer.siteId()).orElseThrow();
		return printer.toPrinter(site, now.minus(this.settings.offlineAfter()));
	}

	private PrinterEntity entity(long printerId) {
		return this.printers.findById(printerId).orElseThrow(() -> new NoSuchPrinter(Long.toString(printerId)));
	}

}
