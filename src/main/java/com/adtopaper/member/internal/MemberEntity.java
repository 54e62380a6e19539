package com.adtopaper.member.internal;

import java.time.Instant;

import com.adtopaper.member.Gender;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The profile of an account with the MEMBER role; it shares the account's id. */
@Entity
@Table(name = "members")
public class MemberEntity {

	@Id
	private Long accountId;

	private long schoolId;

	private String major;

	private int admissionYear;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private int birthYear;

	private boolean pushOptedOut;

	/** When the member proved they belong to their school; null until then. */
	private @Nullable Instant verifiedAt;

	protected MemberEntity() {
	}

	public MemberEntity(long accountId, long schoolId, String major, int admissionYear, Gender gender, int birthYear) {
		this.accountId = accountId;
		this.schoolId = schoolId;
		this.major = major;
		this.admissionYear = admissionYear;
		this.gender = gender;
		this.birthYear = birthYear;
	}

	public long id() {
		return this.accountId;
	}

	public long schoolId() {
		return this.schoolId;
	}

	public String major() {
		return this.major;
	}

	public int admissionYear() {
		return this.admissionYear;
	}

	public Gender gender() {
		return this.gender;
	}

	public int birthYear() {
		return this.birthYear;
	}

	public boolean pushOptedOut() {
		return this.pushOptedOut;
	}

	public boolean verified() {
		return this.verifiedAt != null;
	}

	/**
	 * Marks the member verified.
	 * @return false if they already were (nothing changes then)
	 */
	public boolean verify(Instant now) {
		if (this.verifiedAt != null) {
			return false;
		}
		this.verifiedAt = now;
		return true;
	}

	/** What the member may change of their profile (what ads target, with the school). */
	public void update(String major, int admissionYear) {
		this.major = major;
		this.admissionYear = admissionYear;
	}

	/**
	 * Erases the profile of a member who deleted their account: the school stays (what
	 * their past impressions were counted under), nothing else of them.
	 */
	public void anonymise() {
		this.major = "";
		this.admissionYear = 0;
		this.birthYear = 0;
		this.gender = Gender.UNDISCLOSED;
		this.pushOptedOut = true;
	}

	public void choosePush(boolean optedOut) {
		this.pushOptedOut = optedOut;
	}

}
