package com.adtopaper.settlement.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adtopaper.settlement.*}.
 *
 * @param closeDay the day of the month (Asia/Seoul) from which the previous month is
 * closed, 1 to 28
 * @param closeCron when the closing job looks for a month to close (Asia/Seoul); it
 * closes only from {@code closeDay} on
 * @param threshold the payment threshold (KRW): a smaller amount carries to the next
 * month
 * @param defaultShareBps the share of a printer without terms of its own or its site's
 * @param defaultHouseFee the fee per house-ad side of such a printer (KRW)
 */
@ConfigurationProperties("adtopaper.settlement")
public record SettlementSettings(@DefaultValue("3") int closeDay, @DefaultValue("0 0 6 * * *") String closeCron,
		@DefaultValue("50000") long threshold, @DefaultValue("5000") int defaultShareBps,
		@DefaultValue("0") long defaultHouseFee) {

}
