/**
 * The HTTP contract every channel shares: RFC 9457 problem details for the API, the size
 * limit on JSON bodies, and the OpenAPI document; and the mechanics of the pages' errors
 * ({@link com.adtopaper.platform.web.ProblemPageAdvice},
 * {@link com.adtopaper.platform.web.ChannelErrorViews}), whose views, layouts and paths
 * each channel with pages gives.
 */
@NamedInterface("web")
@NullMarked
package com.adtopaper.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
