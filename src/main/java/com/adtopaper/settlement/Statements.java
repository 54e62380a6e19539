package com.adtopaper.settlement;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed months' statements: the close (idempotent, once across nodes), what partners and
 * operators read, deductions and adjustments, and payouts moved by operators.
 */
@Service
@Transactional
public class Statements {

	/**
	 * Closes every month not closed up to {@code upTo} (which must have ended in Seoul),
	 * oldest first: one statement per partner with anything to state. A month already
	 * closed is left as it is.
	 * @return the months this call closed
	 */
	public List<YearMonth> close(YearMonth upTo) {
		throw new UnsupportedOperationException("not yet");
	}

	/** The latest closed month. */
	@Transactional(readOnly = true)
	public Optional<YearMonth> lastClosed() {
		throw new UnsupportedOperationException("not yet");
	}

	/** A partner's statements, newest first. */
	@Transactional(readOnly = true)
	public List<StatementSummary> ofPartner(long partnerId) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Every partner's statement of a month (operators). */
	@Transactional(readOnly = true)
	public List<StatementSummary> ofPeriod(YearMonth period) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * A partner's statement of a month: {@link SettlementExceptions.NoSuchStatement} if
	 * none.
	 */
	@Transactional(readOnly = true)
	public Statement get(long partnerId, YearMonth period) {
		throw new UnsupportedOperationException("not yet");
	}

	/** A statement by id (operators). */
	@Transactional(readOnly = true)
	public Statement byId(long statementId) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Makes a deduction or adjustment; it lands on the first month not closed. */
	public Adjustment adjust(long operatorId, NewAdjustment adjustment) {
		throw new UnsupportedOperationException("not yet");
	}

	/** The deductions and adjustments not on a statement yet. */
	@Transactional(readOnly = true)
	public List<Adjustment> openAdjustments(long partnerId) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Moves a statement's payout (an operator's act), recorded with who and when. */
	public Statement move(long operatorId, long statementId, PayoutStatus to, @Nullable String reason) {
		throw new UnsupportedOperationException("not yet");
	}

}
