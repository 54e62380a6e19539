package com.adtopaper.points.internal;

import com.adtopaper.points.PointsExceptions.InsufficientPoints;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's running balance: the sum of their ledger entries, kept in one row that every
 * posting locks, so postings for one member happen one after the other.
 */
@Entity
@Table(name = "points_accounts")
public class PointsAccountEntity {

	@Id
	private Long memberId;

	private long available;

	private long held;

	protected PointsAccountEntity() {
	}

	public long available() {
		return this.available;
	}

	public long held() {
		return this.held;
	}

	void apply(long availableChange, long heldChange) {
		if (this.available + availableChange < 0) {
			throw new InsufficientPoints(-availableChange, this.available);
		}
		if (this.held + heldChange < 0) {
			throw new InsufficientPoints(-heldChange, this.held);
		}
		this.available += availableChange;
		this.held += heldChange;
	}

}
