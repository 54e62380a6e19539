@NullMarked
package com.adtopaper.member.internal;

import org.jspecify.annotations.NullMarked;
