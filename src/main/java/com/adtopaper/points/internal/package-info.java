@NullMarked
package com.adtopaper.points.internal;

import org.jspecify.annotations.NullMarked;
