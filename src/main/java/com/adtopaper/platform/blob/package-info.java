/**
 * Files: uploaded creatives, rendered documents. S3 in production (with public URLs
 * through the CDN), a local folder in the embedded default (served under
 * {@code /blobs/}).
 */
@NamedInterface("blob")
@NullMarked
package com.adtopaper.platform.blob;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
