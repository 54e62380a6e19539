package com.adtopaper.ads.internal;

import java.util.List;

/**
 * A creative was removed; its files go later.
 *
 * @param creativeId the creative
 * @param keys the blob keys of its files (original, band, thumbnail)
 */
public record CreativeRemoved(long creativeId, List<String> keys) {

}
