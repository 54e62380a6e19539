package com.adtopaper.printing;

/**
 * What the printer API checks a signed request with.
 *
 * @param printerId the printer the key belongs to
 * @param secret the secret the printer signs with
 */
public record PrinterKey(long printerId, String secret) {

}
