package com.adtopaper.printing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A printer at a partner site.
 *
 * @param id its id
 * @param siteId the site that hosts it
 * @param site the site's name (the copy shop, the library floor)
 * @param partnerId the partner who owns the site
 * @param code the short code members choose it by (shown on the printer and its QR code)
 * @param name its name at the site
 * @param region the site's region
 * @param status what it last reported
 * @param lastSeen when it last reported
 * @param capabilities what it can do, as its agent last reported; null if not known
 */
public record Printer(long id, long siteId, String site, long partnerId, String code, String name, String region,
		PrinterStatus status, @Nullable Instant lastSeen, @Nullable PrinterCapabilities capabilities) {

	/** Whether a job can be released to it now. */
	public boolean available() {
		return this.status.canPrint();
	}

	/**
	 * Whether it cannot print both sides of a sheet; false if it can or if that is not
	 * known (an older agent), so that nothing unknown blocks a release.
	 */
	public boolean simplexOnly() {
		return this.capabilities != null && !this.capabilities.duplex();
	}

}
