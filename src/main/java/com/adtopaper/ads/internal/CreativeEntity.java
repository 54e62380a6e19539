package com.adtopaper.ads.internal;

import java.time.Instant;

import com.adtopaper.ads.Creative;
import com.adtopaper.ads.CreativeStatus;
import com.adtopaper.ads.ReadyCreative;
import com.adtopaper.platform.blob.BlobStore;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A creative: uploaded PROCESSING, then READY with its print band, or FAILED. */
@Entity
@Table(name = "creatives")
public class CreativeEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	@Enumerated(EnumType.STRING)
	private CreativeStatus status;

	private String originalKey;

	private @Nullable String bandKey;

	private @Nullable String thumbnailKey;

	private String contentType;

	private int width;

	private int height;

	private long bytes;

	private @Nullable String failure;

	private Instant createdAt;

	protected CreativeEntity() {
	}

	public CreativeEntity(long campaignId, String originalKey, ImageFacts image, Instant now) {
		this.campaignId = campaignId;
		this.status = CreativeStatus.PROCESSING;
		this.originalKey = originalKey;
		this.contentType = image.contentType();
		this.width = image.width();
		this.height = image.height();
		this.bytes = image.bytes();
		this.createdAt = now;
	}

	/** True if it was still processing: a job delivered twice finishes it once. */
	public boolean ready(String bandKey, String thumbnailKey) {
		if (this.status != CreativeStatus.PROCESSING) {
			return false;
		}
		this.status = CreativeStatus.READY;
		this.bandKey = bandKey;
		this.thumbnailKey = thumbnailKey;
		return true;
	}

	public boolean failed(String reason) {
		if (this.status != CreativeStatus.PROCESSING) {
			return false;
		}
		this.status = CreativeStatus.FAILED;
		this.failure = (reason.length() > 500) ? reason.substring(0, 500) : reason;
		return true;
	}

	public long id() {
		return this.id;
	}

	public long campaignId() {
		return this.campaignId;
	}

	public CreativeStatus status() {
		return this.status;
	}

	public String originalKey() {
		return this.originalKey;
	}

	public Creative toCreative(BlobStore blobs) {
		return new Creative(this.id, this.campaignId, this.status, this.contentType, this.width, this.height,
				this.bytes, blobs.publicUrl(this.originalKey),
				(this.bandKey != null) ? blobs.publicUrl(this.bandKey) : null,
				(this.thumbnailKey != null) ? blobs.publicUrl(this.thumbnailKey) : null, this.failure, this.createdAt);
	}

	public ReadyCreative toReadyCreative() {
		if (this.status != CreativeStatus.READY || this.bandKey == null) {
			throw new IllegalStateException("Creative " + this.id + " is not ready");
		}
		return new ReadyCreative(this.id, this.campaignId, this.bandKey);
	}

}
