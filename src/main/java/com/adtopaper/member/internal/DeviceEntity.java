package com.adtopaper.member.internal;

import java.time.Instant;

import com.adtopaper.member.Device;
import com.adtopaper.member.DevicePlatform;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A push token. A token is unique across members: when a phone changes hands (or another
 * member logs in on it) the token moves to the member who registered it last.
 */
@Entity
@Table(name = "member_devices")
public class DeviceEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long memberId;

	@Enumerated(EnumType.STRING)
	private DevicePlatform platform;

	private String token;

	private String tokenHash;

	private boolean active;

	private Instant createdAt;

	private Instant lastSeenAt;

	protected DeviceEntity() {
	}

	public DeviceEntity(long memberId, DevicePlatform platform, String token, String tokenHash, Instant now) {
		this.memberId = memberId;
		this.platform = platform;
		this.token = token;
		this.tokenHash = tokenHash;
		this.active = true;
		this.createdAt = now;
		this.lastSeenAt = now;
	}

	/** The member (re-)registered this token: it is theirs and live again. */
	public void registeredBy(long memberId, DevicePlatform platform, Instant now) {
		if (this.memberId != memberId) {
			this.memberId = memberId;
			this.createdAt = now;
		}
		this.platform = platform;
		this.active = true;
		this.lastSeenAt = now;
	}

	public Device toDevice() {
		return new Device(this.id, this.platform, this.token, this.active, this.createdAt);
	}

}
