package com.adtopaper.printing.internal;

import com.adtopaper.member.Gender;
import com.adtopaper.printing.JobAudience;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * The member as targeting saw them when a job was rendered, kept in the job's own row so
 * that its sides are attributed to that audience whatever the profile says later.
 */
@Embeddable
class RenderedAudience {

	@Column(name = "audience_school_id")
	private @Nullable Long schoolId;

	@Column(name = "audience_major")
	private @Nullable String major;

	@Column(name = "audience_admission_year")
	private @Nullable Integer admissionYear;

	@Column(name = "audience_gender")
	@Enumerated(EnumType.STRING)
	private @Nullable Gender gender;

	protected RenderedAudience() {
	}

	RenderedAudience(JobAudience audience) {
		this.schoolId = audience.schoolId();
		this.major = audience.major();
		this.admissionYear = audience.admissionYear();
		this.gender = audience.gender();
	}

	/** The audience of the job's member, or none if a part was never kept. */
	@Nullable JobAudience of(long memberId) {
		if (this.schoolId == null || this.major == null || this.admissionYear == null || this.gender == null) {
			return null;
		}
		return new JobAudience(memberId, this.schoolId, this.major, this.admissionYear, this.gender);
	}

}
