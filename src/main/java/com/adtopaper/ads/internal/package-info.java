@NullMarked
package com.adtopaper.ads.internal;

import org.jspecify.annotations.NullMarked;
