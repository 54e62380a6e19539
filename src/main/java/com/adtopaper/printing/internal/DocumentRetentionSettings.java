package com.adtopaper.printing.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long members' files are kept and handed out.
 *
 * @param documentRetention how long an uploaded document's file is kept unless its member
 * chose to keep it; the sweep then deletes it
 * @param documentSweepEvery how often the sweep runs (on one node)
 * @param linkValidity how long a signed download link of a document works
 */
@Validated
@ConfigurationProperties("adtopaper.printing")
public record DocumentRetentionSettings(@DefaultValue("7d") Duration documentRetention,
		@DefaultValue("1h") Duration documentSweepEvery, @DefaultValue("5m") Duration linkValidity) {

}
