@NullMarked
package com.adtopaper.printing.internal;

import org.jspecify.annotations.NullMarked;
