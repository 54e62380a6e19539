@NullMarked
package com.adtopaper.platform.security.internal;

import org.jspecify.annotations.NullMarked;
