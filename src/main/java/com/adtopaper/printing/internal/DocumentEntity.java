package com.adtopaper.printing.internal;

import java.time.Duration;
import java.time.Instant;

import com.adtopaper.printing.Document;
import com.adtopaper.printing.PrintingExceptions.DocumentExpired;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A member's uploaded document, checked and kept as a PDF. */
@Entity
@Table(name = "documents")
public class DocumentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long memberId;

	private String blobKey;

	private String filename;

	private int pages;

	private long bytes;

	private Instant createdAt;

	private boolean keepFile;

	private @Nullable Instant expiredAt;

	protected DocumentEntity() {
	}

	public DocumentEntity(long memberId, String blobKey, String filename, int pages, long bytes, Instant now) {
		this.memberId = memberId;
		this.blobKey = blobKey;
		this.filename = filename;
		this.pages = pages;
		this.bytes = bytes;
		this.createdAt = now;
	}

	public long id() {
		return this.id;
	}

	public long memberId() {
		return this.memberId;
	}

	public String blobKey() {
		return this.blobKey;
	}

	public int pages() {
		return this.pages;
	}

	public String filename() {
		return this.filename;
	}

	/** Whether the file was deleted after the retention period. */
	public boolean expired() {
		return this.expiredAt != null;
	}

	/** The member chose to keep the file past the retention period, or not. */
	public void keep(boolean keep) {
		if (expired()) {
			throw new DocumentExpired(this.id);
		}
		this.keepFile = keep;
	}

	/** The file is deleted: the document can no longer be printed or downloaded. */
	public void expire(Instant now) {
		if (this.expiredAt == null) {
			this.expiredAt = now;
		}
	}

	/**
	 * The member deleted their account: the file is deleted (as {@link #expire}) and the
	 * name they gave it forgotten.
	 */
	public void erase(Instant now) {
		expire(now);
		this.filename = "-";
	}

	public Document toDocument(Duration retention) {
		Instant deleteAt = (this.keepFile || this.expiredAt != null) ? null : this.createdAt.plus(retention);
		return new Document(this.id, this.filename, this.pages, this.bytes, this.createdAt, this.keepFile, deleteAt,
				this.expiredAt);
	}

}
