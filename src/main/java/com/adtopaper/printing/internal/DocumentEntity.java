package com.adtopaper.printing.internal;

import java.time.Instant;

import com.adtopaper.printing.Document;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

	public Document toDocument() {
		return new Document(this.id, this.filename, this.pages, this.bytes, this.createdAt);
	}

}
