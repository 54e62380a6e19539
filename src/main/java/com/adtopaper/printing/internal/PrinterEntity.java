package com.adtopaper.printing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.adtopaper.printing.Printer;
import com.adtopaper.printing.PrinterCapabilities;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A printer and what it last reported. */
@Entity
@Table(name = "printers")
public class PrinterEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long siteId;

	private String code;

	private String name;

	private String keyId;

	@Enumerated(EnumType.STRING)
	private PrinterState state;

	@Enumerated(EnumType.STRING)
	private Supply paper;

	@Enumerated(EnumType.STRING)
	private Supply toner;

	private String errorCodes;

	private @Nullable Instant lastSeen;

	private @Nullable Instant disabledAt;

	private @Nullable String sidesSupported;

	private @Nullable Boolean colorSupported;

	private @Nullable String mediaSupported;

	private @Nullable String formatsSupported;

	private Instant createdAt;

	@Version
	private long version;

	protected PrinterEntity() {
	}

	public PrinterEntity(long siteId, String code, String name, String keyId, Instant now) {
		this.siteId = siteId;
		this.code = code;
		this.name = name;
		this.keyId = keyId;
		this.state = PrinterState.OFFLINE;
		this.paper = Supply.OK;
		this.toner = Supply.OK;
		this.errorCodes = "";
		this.createdAt = now;
	}

	public void report(PrinterStatus status, Instant now) {
		this.state = status.state();
		this.paper = status.paper();
		this.toner = status.toner();
		this.errorCodes = String.join(",", status.errors());
		this.lastSeen = now;
	}

	/** What the printer can do; null if its agent did not say (unknown). */
	public void capabilities(@Nullable PrinterCapabilities capabilities) {
		this.sidesSupported = (capabilities != null) ? String.join(",", capabilities.sides()) : null;
		this.colorSupported = (capabilities != null) ? capabilities.color() : null;
		this.mediaSupported = (capabilities != null) ? String.join(",", capabilities.media()) : null;
		this.formatsSupported = (capabilities != null) ? String.join(",", capabilities.formats()) : null;
	}

	public @Nullable PrinterCapabilities capabilities() {
		if (this.sidesSupported == null) {
			return null;
		}
		return new PrinterCapabilities(list(this.sidesSupported), Boolean.TRUE.equals(this.colorSupported),
				list(this.mediaSupported), list(this.formatsSupported));
	}

	private static List<String> list(@Nullable String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(","));
	}

	public void renewKey(String keyId) {
		this.keyId = keyId;
	}

	/** Out of service: nothing is released to it, its agent gets no job. */
	public void disable(Instant now) {
		if (this.disabledAt == null) {
			this.disabledAt = now;
		}
	}

	public void enable() {
		this.disabledAt = null;
	}

	public boolean disabled() {
		return this.disabledAt != null;
	}

	/**
	 * What it last reported, offline if that is older than {@code offlineBefore}; a
	 * disabled printer is in error with {@link #DISABLED} first among its errors, so that
	 * every board shows it and no job is released to it.
	 */
	public PrinterStatus status(Instant offlineBefore) {
		boolean silent = this.lastSeen == null || this.lastSeen.isBefore(offlineBefore);
		List<String> errors = this.errorCodes.isEmpty() ? List.of() : Arrays.asList(this.errorCodes.split(","));
		if (this.disabledAt != null) {
			List<String> withDisabled = new ArrayList<>(List.of(DISABLED));
			withDisabled.addAll(errors);
			return new PrinterStatus(PrinterState.ERROR, this.paper, this.toner, withDisabled);
		}
		return new PrinterStatus(silent ? PrinterState.OFFLINE : this.state, this.paper, this.toner, errors);
	}

	/** The error code of a printer an operator disabled. */
	public static final String DISABLED = "DISABLED";

	public Printer toPrinter(SiteEntity site, Instant offlineBefore) {
		return new Printer(this.id, this.siteId, site.name(), site.partnerId(), this.code, this.name, site.region(),
				status(offlineBefore), this.lastSeen, capabilities());
	}

	public long id() {
		return this.id;
	}

	public long siteId() {
		return this.siteId;
	}

	public String code() {
		return this.code;
	}

	public String keyId() {
		return this.keyId;
	}

}
