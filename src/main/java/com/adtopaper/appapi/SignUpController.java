package com.adtopaper.appapi;

import com.adtopaper.platform.web.MaxUtf8Bytes;
import java.net.URI;

import com.adtopaper.member.Gender;
import com.adtopaper.member.MemberProfile;
import com.adtopaper.member.Members;
import com.adtopaper.member.Registration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SignUpController {

	private final Members members;

	SignUpController(Members members) {
		this.members = members;
	}

	record SignUpRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(min = 8, max = 128) @MaxUtf8Bytes(72) String password,
			@NotBlank @Size(max = 100) String name, @NotNull Long schoolId, @NotBlank @Size(max = 100) String major,
			@NotNull @Min(1900) @Max(2200) Integer admissionYear, @NotNull Gender gender,
			@NotNull @Min(1900) @Max(2200) Integer birthYear) {

		Registration toRegistration() {
			return new Registration(this.email, this.password, this.name, this.schoolId, this.major, this.admissionYear,
					this.gender, this.birthYear);
		}

		@Override
		public String toString() {
			return "SignUpRequest[" + this.email + "]";
		}

	}

	@PostMapping("/api/v1/members")
	ResponseEntity<MemberProfile> signUp(@Valid @RequestBody SignUpRequest request) {
		MemberProfile member = this.members.register(request.toRegistration());
		return ResponseEntity.created(URI.create("/api/v1/me")).body(member);
	}

}
