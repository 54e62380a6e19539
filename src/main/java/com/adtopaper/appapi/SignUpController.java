package com.adtopaper.appapi;

import com.adtopaper.member.Gender;
import com.adtopaper.member.MemberExceptions.EmailAlreadyRegistered;
import com.adtopaper.member.Members;
import com.adtopaper.member.Registration;
import com.adtopaper.platform.security.SignUpThrottle;
import com.adtopaper.platform.web.MaxUtf8Bytes;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up from the app. The answer is the same whether the address is new or already has
 * an account (its owner gets a notice by mail then): 202 and "check your mail".
 */
@RestController
class SignUpController {

	static final String CHECK_YOUR_MAIL = "Check your mail: we sent a link and a code to this address. "
			+ "Open the link, or log in and enter the code, to verify your school e-mail.";

	private final Members members;

	private final SignUpThrottle throttle;

	SignUpController(Members members, SignUpThrottle throttle) {
		this.members = members;
		this.throttle = throttle;
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

	record SignUpAccepted(String status, String message) {
	}

	@ResponseStatus(HttpStatus.ACCEPTED)
	@ApiResponse(responseCode = "429",
			description = "Too many sign-ups from this address; Retry-After tells when to try again.")
	@PostMapping("/api/v1/members")
	ResponseEntity<SignUpAccepted> signUp(@Valid @RequestBody SignUpRequest request, HttpServletRequest http) {
		this.throttle.acquire(http.getRemoteAddr(), request.email());
		try {
			this.members.register(request.toRegistration());
		}
		catch (EmailAlreadyRegistered ex) {
			// two sign-ups with one address at the same moment: the other one made it
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.cacheControl(CacheControl.noStore())
			.body(new SignUpAccepted("VERIFICATION_SENT", CHECK_YOUR_MAIL));
	}

}
