/**
 * What a broker implements: where jobs are kept, how they are leased, retried and buried.
 * Every broker passes the same contract tests ({@code JobBrokerContractTests}).
 */
@NamedInterface("spi")
@NullMarked
package com.adtopaper.jobqueue.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
