package com.adtopaper;

import java.util.List;

import com.adtopaper.member.Accounts;
import com.adtopaper.platform.security.Role;
import com.adtopaper.printing.PrinterCredentials;
import com.adtopaper.printing.PrinterStatus;
import com.adtopaper.printing.PrinterStatus.PrinterState;
import com.adtopaper.printing.PrinterStatus.Supply;
import com.adtopaper.printing.Printers;
import org.jspecify.annotations.Nullable;

/**
 * Printers for tests: each of a partner of its own, at a site of its own, so tests that
 * share a database never see each other's printers.
 */
public final class TestPrinters {

	/** What a printer whose agent reports it ready sends. */
	public static final PrinterStatus ONLINE = new PrinterStatus(PrinterState.ONLINE, Supply.OK, Supply.OK, List.of());

	private TestPrinters() {
	}

	/**
	 * A new partner's printer {@code name} at its site {@code site}, never heard from.
	 */
	public static PrinterCredentials newPrinter(Accounts accounts, Printers printers, String site,
			@Nullable Long schoolId, String name) {
		long partner = accounts.create(TestAccounts.uniqueEmail("partner"), TestAccounts.PASSWORD, site, Role.PARTNER)
			.id();
		return printers.register(printers.addSite(partner, site, "Seoul", schoolId), name);
	}

	/** {@link #newPrinter} as its agent's first heartbeat leaves it: ready to print. */
	public static PrinterCredentials onlinePrinter(Accounts accounts, Printers printers, String site,
			@Nullable Long schoolId, String name) {
		PrinterCredentials printer = newPrinter(accounts, printers, site, schoolId, name);
		printers.report(printer.printerId(), ONLINE);
		return printer;
	}

}
