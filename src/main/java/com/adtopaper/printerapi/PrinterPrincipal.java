package com.adtopaper.printerapi;

/**
 * The printer a request was signed by.
 *
 * @param printerId the printer
 * @param keyId the key it signed with
 */
record PrinterPrincipal(long printerId, String keyId) {

}
