/**
 * Shared infrastructure that knows nothing of the domain: configuration of the node's
 * roles, security, the HTTP error contract, blob storage and metrics. The query cache and
 * the job queue are modules of their own ({@code querycache}, {@code jobqueue}). Its API
 * is this package and the named interfaces in its sub-packages; everything else is
 * internal.
 * <p>
 * Allowed dependencies ({@code ModularityTests} checks them):
 * <ul>
 * <li>none: it knows nothing of the domain or the channels</li>
 * </ul>
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "querycache")
@NullMarked
package com.adtopaper.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
