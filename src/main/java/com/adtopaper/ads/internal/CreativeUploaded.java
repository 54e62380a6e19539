package com.adtopaper.ads.internal;

/**
 * A creative was stored and waits for its print band. Published in the upload's
 * transaction, so its job is enqueued only once the creative is committed (and after a
 * crash in between, on restart).
 *
 * @param creativeId the creative
 */
public record CreativeUploaded(long creativeId) {

}
