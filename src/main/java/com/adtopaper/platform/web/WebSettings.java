package com.adtopaper.platform.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxJsonBody the largest JSON request body the API reads (uploads have their own
 * multipart limits)
 * @param publicBaseUrl the address users reach the service at
 * ({@code https://www.adtopaper.example}); every redirect is built from it, never from
 * the request's {@code Host} or {@code X-Forwarded-Host}. Without it (embedded only)
 * redirects are relative.
 */
@Validated
@ConfigurationProperties("adtopaper.web")
record WebSettings(@DefaultValue("64KB") DataSize maxJsonBody, @Nullable URI publicBaseUrl) {

}
