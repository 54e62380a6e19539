package com.adtopaper.ads;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A creative: the image a campaign prints at the bottom of each page.
 *
 * @param id its id
 * @param campaignId its campaign
 * @param status where it is on its way to print
 * @param contentType what was uploaded, as detected from its bytes ({@code image/png} or
 * {@code image/jpeg})
 * @param width the uploaded image's width in pixels
 * @param height its height in pixels
 * @param bytes its size
 * @param originalUrl where the uploaded image is served from (the CDN)
 * @param bandUrl the print band (PNG, 2480 x 590), once READY
 * @param thumbnailUrl a small preview (PNG), once READY
 * @param failure why it FAILED, if it did
 * @param createdAt when it was uploaded
 */
public record Creative(long id, long campaignId, CreativeStatus status, String contentType, int width, int height,
		long bytes, String originalUrl, @Nullable String bandUrl, @Nullable String thumbnailUrl,
		@Nullable String failure, Instant createdAt) {

}
