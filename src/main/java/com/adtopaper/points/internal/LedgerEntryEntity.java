package com.adtopaper.points.internal;

import java.time.Instant;
import java.util.Objects;

import com.adtopaper.points.EntryKind;
import com.adtopaper.points.LedgerEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.hibernate.annotations.Immutable;

/** One ledger line. Never updated, never deleted. */
@Entity
@Immutable
@Table(name = "points_ledger")
public class LedgerEntryEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long memberId;

	@Enumerated(EnumType.STRING)
	private EntryKind kind;

	private long points;

	private long availableChange;

	private long heldChange;

	private @Nullable String holdKey;

	private String idempotencyKey;

	private String reason;

	private Instant createdAt;

	protected LedgerEntryEntity() {
	}

	LedgerEntryEntity(Posting posting, Instant createdAt) {
		this.memberId = posting.memberId();
		this.kind = posting.kind();
		this.points = posting.points();
		this.availableChange = posting.availableChange();
		this.heldChange = posting.heldChange();
		this.holdKey = posting.holdKey();
		this.idempotencyKey = posting.key();
		this.reason = posting.reason();
		this.createdAt = createdAt;
	}

	/** Whether a retried posting asks for what this entry already did. */
	boolean matches(Posting posting) {
		return this.memberId == posting.memberId() && this.kind == posting.kind() && this.points == posting.points()
				&& Long.signum(this.availableChange) == Long.signum(posting.availableChange())
				&& Objects.equals(this.holdKey, posting.holdKey());
	}

	public long memberId() {
		return this.memberId;
	}

	public LedgerEntry toEntry() {
		return new LedgerEntry(this.id, this.memberId, this.kind, this.points, this.availableChange, this.heldChange,
				this.holdKey, this.reason, this.createdAt);
	}

}
