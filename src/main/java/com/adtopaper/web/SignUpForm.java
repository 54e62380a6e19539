package com.adtopaper.web;

import com.adtopaper.member.Gender;
import com.adtopaper.member.Registration;
import com.adtopaper.platform.web.MaxUtf8Bytes;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The sign-up page's form; a mutable bean because the page binds to it field by field.
 */
class SignUpForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private @Nullable String email;

	@NotBlank
	@Size(min = 8, max = 128)
	@MaxUtf8Bytes(72)
	private @Nullable String password;

	@NotBlank
	@Size(max = 100)
	private @Nullable String name;

	@NotNull
	private @Nullable Long schoolId;

	@NotBlank
	@Size(max = 100)
	private @Nullable String major;

	@NotNull
	@Min(1900)
	@Max(2200)
	private @Nullable Integer admissionYear;

	@NotNull
	private @Nullable Gender gender;

	@NotNull
	@Min(1900)
	@Max(2200)
	private @Nullable Integer birthYear;

	@SuppressWarnings("NullAway")
	Registration toRegistration() {
		return new Registration(this.email, this.password, this.name, this.schoolId, this.major, this.admissionYear,
				this.gender, this.birthYear);
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable Long getSchoolId() {
		return this.schoolId;
	}

	public void setSchoolId(@Nullable Long schoolId) {
		this.schoolId = schoolId;
	}

	public @Nullable String getMajor() {
		return this.major;
	}

	public void setMajor(@Nullable String major) {
		this.major = major;
	}

	public @Nullable Integer getAdmissionYear() {
		return this.admissionYear;
	}

	public void setAdmissionYear(@Nullable Integer admissionYear) {
		this.admissionYear = admissionYear;
	}

	public @Nullable Gender getGender() {
		return this.gender;
	}

	public void setGender(@Nullable Gender gender) {
		this.gender = gender;
	}

	public @Nullable Integer getBirthYear() {
		return this.birthYear;
	}

	public void setBirthYear(@Nullable Integer birthYear) {
		this.birthYear = birthYear;
	}

}
