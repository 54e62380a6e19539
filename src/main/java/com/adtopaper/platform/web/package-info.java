/**
 * The HTTP contract every channel shares: RFC 9457 problem details for the API, the size
 * limit on JSON bodies, and the OpenAPI document.
 */
@NamedInterface("web")
@NullMarked
package com.adtopaper.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
