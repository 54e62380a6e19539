/**
 * How a process is configured: the checks that refuse to start a production node that
 * lacks a setting, and the node's roles.
 */
@NullMarked
package com.adtopaper.platform.config;

import org.jspecify.annotations.NullMarked;
