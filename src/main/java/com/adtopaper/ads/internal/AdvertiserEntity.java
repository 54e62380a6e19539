package com.adtopaper.ads.internal;

import java.time.Instant;

import com.adtopaper.ads.Advertiser;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "advertisers")
public class AdvertiserEntity {

	public static final String PENDING = "PENDING";

	public static final String ACTIVE = "ACTIVE";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String company;

	private String contactName;

	private String contactPhone;

	private String status;

	private Instant createdAt;

	protected AdvertiserEntity() {
	}

	public AdvertiserEntity(long accountId, String company, String contactName, String contactPhone, String status,
			Instant createdAt) {
		this.accountId = accountId;
		this.company = company;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.status = status;
		this.createdAt = createdAt;
	}

	public long id() {
		return this.id;
	}

	public boolean active() {
		return ACTIVE.equals(this.status);
	}

	public void approve() {
		this.status = ACTIVE;
	}

	public Advertiser toAdvertiser() {
		return new Advertiser(this.id, this.accountId, this.company, this.contactName, this.contactPhone, this.status);
	}

}
