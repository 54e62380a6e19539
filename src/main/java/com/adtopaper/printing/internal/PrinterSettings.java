package com.adtopaper.printing.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param keySecret the server's secret every printer's secret is derived from (base64, at
 * least 32 bytes); production sets its own, the default is for the embedded demo only
 * @param clockSkew how far a signed request's timestamp may be from the server's clock
 * @param offlineAfter a printer silent this long counts as offline
 */
@Validated
@ConfigurationProperties("adtopaper.printing.printers")
public record PrinterSettings(
		@DefaultValue("ZGVtby1wcmludGVyLWtleS1zZWNyZXQtbm90LWZvci1wcm9kdWN0aW9uIQ==") @NotBlank String keySecret,
		@DefaultValue("5m") Duration clockSkew, @DefaultValue("2m") Duration offlineAfter) {

}
