package com.adtopaper.ads.internal;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What an uploaded creative may be. The limits on sides and pixels are checked from the
 * image's header, before any pixel is decoded: a few kilobytes of PNG can claim billions
 * of pixels.
 *
 * @param maxBytes the largest upload (Spring's multipart limit is higher, for documents)
 * @param maxSide the longest width or height, in pixels
 * @param maxPixels the most pixels (width times height): what decoding costs in memory, 4
 * bytes each
 * @param minWidth the narrowest image: the print band is 2480 pixels wide, and a narrower
 * image is enlarged, so below this it prints blurred
 * @param minHeight the lowest image
 * @param thumbnailSize the longest side of a thumbnail
 */
@Validated
@ConfigurationProperties("adtopaper.creatives")
record CreativeSettings(@DefaultValue("5MB") DataSize maxBytes, @DefaultValue("8000") @Min(1) int maxSide,
		@DefaultValue("40000000") @Min(1) long maxPixels, @DefaultValue("600") @Min(1) int minWidth,
		@DefaultValue("100") @Min(1) int minHeight, @DefaultValue("320") @Min(16) int thumbnailSize) {

}
