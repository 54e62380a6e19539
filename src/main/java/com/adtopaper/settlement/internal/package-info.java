/** The settlement module's internals. */
@NullMarked
package com.adtopaper.settlement.internal;

import org.jspecify.annotations.NullMarked;
