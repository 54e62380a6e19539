package com.adtopaper.printing.internal;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFileSize the largest upload checked (the multipart limit of the upload route
 * must not be lower)
 * @param maxPages the most pages one document may have
 * @param maxImagePixels the most pixels (width × height, read from the header) of an
 * uploaded JPEG or PNG; decoding one costs about three bytes of heap per pixel
 */
@Validated
@ConfigurationProperties("adtopaper.printing")
public record PrintingSettings(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("200") @Positive int maxPages,
		@DefaultValue("25000000") @Positive long maxImagePixels) {

	public static PrintingSettings defaults() {
		return new PrintingSettings(DataSize.ofMegabytes(50), 200, 25_000_000);
	}

}
