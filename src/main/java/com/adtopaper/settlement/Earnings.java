package com.adtopaper.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partner's printers earned, as it happens: each printed side counted once, from
 * the same event that records its impression, paid and house-ad sides apart. Amounts here
 * are estimates (the terms of each day applied to what printed so far); a closed month's
 * {@link Statement} is final.
 */
@Service
@Transactional(readOnly = true)
public class Earnings {

	/** Today and this month so far, and each printer today. */
	public LiveEarnings live(long partnerId) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * What printed each Seoul day from {@code from} to {@code to} (both included), at one
	 * printer of the partner's or all of them; days with nothing printed are left out.
	 */
	public List<HistoryPoint> byDay(long partnerId, @Nullable Long printerId, LocalDate from, LocalDate to) {
		throw new UnsupportedOperationException("not yet");
	}

	/** The same by Seoul hour. */
	public List<HistoryPoint> byHour(long partnerId, @Nullable Long printerId, LocalDate from, LocalDate to) {
		throw new UnsupportedOperationException("not yet");
	}

	/** A page of the partner's printing log, newest first. */
	public List<LogEntry> log(long partnerId, LogFilter filter, int offset, int limit) {
		throw new UnsupportedOperationException("not yet");
	}

	/** The whole log of the filter, newest first, streamed (for a download). */
	public void forEachLogEntry(long partnerId, LogFilter filter, Consumer<LogEntry> entries) {
		throw new UnsupportedOperationException("not yet");
	}

}
