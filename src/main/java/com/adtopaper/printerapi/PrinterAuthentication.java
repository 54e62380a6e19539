package com.adtopaper.printerapi;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request whose signature was verified: the printer is its principal. */
final class PrinterAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Printers are not accounts, so the role is not one of the accounts' roles. */
	static final String ROLE = "PRINTER";

	private final PrinterPrincipal printer;

	PrinterAuthentication(PrinterPrincipal printer) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
		this.printer = printer;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public PrinterPrincipal getPrincipal() {
		return this.printer;
	}

}
