@NullMarked
package com.adtopaper.notification.internal;

import org.jspecify.annotations.NullMarked;
