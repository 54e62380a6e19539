package com.adtopaper.printing;

/**
 * What a printer's agent signs its requests with; the secret is shown once, when the
 * printer is registered or its key renewed.
 *
 * @param printerId the printer
 * @param code its code
 * @param keyId the key id the agent sends with each request
 * @param secret the secret it signs with
 */
public record PrinterCredentials(long printerId, String code, String keyId, String secret) {

}
