@NullMarked
package com.adtopaper.jobqueue.internal;

import org.jspecify.annotations.NullMarked;
