package com.adtopaper.printing.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A partner's site: a place that hosts printers. */
@Entity
@Table(name = "partner_sites")
public class SiteEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long partnerId;

	private String name;

	private String region;

	private @Nullable Long schoolId;

	private Instant createdAt;

	protected SiteEntity() {
	}

	public SiteEntity(long partnerId, String name, String region, @Nullable Long schoolId, Instant now) {
		this.partnerId = partnerId;
		this.name = name;
		this.region = region;
		this.schoolId = schoolId;
		this.createdAt = now;
	}

	public long id() {
		return this.id;
	}

	public long partnerId() {
		return this.partnerId;
	}

	public String name() {
		return this.name;
	}

	public String region() {
		return this.region;
	}

}
