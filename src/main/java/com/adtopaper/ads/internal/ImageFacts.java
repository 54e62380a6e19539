package com.adtopaper.ads.internal;

/**
 * What an accepted upload is, read from its bytes.
 *
 * @param contentType {@code image/png} or {@code image/jpeg}
 * @param extension {@code png} or {@code jpg}
 * @param width its width in pixels
 * @param height its height in pixels
 * @param bytes its size
 */
public record ImageFacts(String contentType, String extension, int width, int height, long bytes) {

}
