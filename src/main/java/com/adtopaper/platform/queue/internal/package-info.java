@NullMarked
package com.adtopaper.platform.queue.internal;

import org.jspecify.annotations.NullMarked;
