package com.adtopaper.member.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How members prove they belong to their school.
 *
 * @param linkBaseUrl where the site is, for the link in the mail ({@code /verify?token=}
 * is appended)
 * @param mailFrom the sender of the verification mails
 * @param ttl how long a mail's link and code work
 * @param maxCodeAttempts wrong codes a mail allows before only a new mail helps
 */
@Validated
@ConfigurationProperties("adtopaper.members.verification")
public record VerificationSettings(@DefaultValue("http://localhost:8080") @NotBlank String linkBaseUrl,
		@DefaultValue("AdToPaper <no-reply@adtopaper.example>") @NotBlank String mailFrom,
		@DefaultValue("24h") Duration ttl, @DefaultValue("5") @Min(1) int maxCodeAttempts) {

}
