package com.adtopaper.settlement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which jobs of a partner's printing log: printed from {@code from} to {@code to} (Seoul
 * days, both included), at one printer or all.
 */
public record LogFilter(LocalDate from, LocalDate to, @Nullable Long printerId) {

}
