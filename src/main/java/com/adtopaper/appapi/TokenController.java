package com.adtopaper.appapi;

import java.time.Instant;

import com.adtopaper.member.RefreshTokens;
import com.adtopaper.member.SecondFactors;
import com.adtopaper.platform.DomainException;
import com.adtopaper.platform.security.AccessToken;
import com.adtopaper.platform.security.AccessTokens;
import com.adtopaper.platform.security.AccountPrincipal;
import com.adtopaper.platform.security.Role;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Logs the app in: e-mail and password for an access token and a refresh token. */
@RestController
class TokenController {

	private final AuthenticationManager authenticationManager;

	private final AccessTokens accessTokens;

	private final RefreshTokens refreshTokens;

	private final SecondFactors secondFactors;

	TokenController(AuthenticationManager authenticationManager, AccessTokens accessTokens, RefreshTokens refreshTokens,
			SecondFactors secondFactors) {
		this.authenticationManager = authenticationManager;
		this.accessTokens = accessTokens;
		this.refreshTokens = refreshTokens;
		this.secondFactors = secondFactors;
	}

	/**
	 * @param email the account's e-mail
	 * @param password its password
	 * @param code an operator's second factor: the TOTP code their app shows now (nobody
	 * else's account has one)
	 */
	record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password,
			@Nullable @Size(max = 16) String code) {

		@Override
		public String toString() {
			return "LoginRequest[" + this.email + "]";
		}

	}

	record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {

		@Override
		public String toString() {
			return "RefreshRequest[]";
		}

	}

	record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
			Instant refreshTokenExpiresAt) {
	}

	@ApiResponse(responseCode = "429", description = "Too many failed sign-ins; Retry-After tells when to try again.")
	@ApiResponse(responseCode = "200", description = "The tokens.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "401",
			description = "The e-mail or the password is wrong, the account is blocked, or an operator's code is missing or wrong.")
	@PostMapping("/api/v1/auth/token")
	ResponseEntity<TokenResponse> token(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		var credentials = UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password());
		credentials.setDetails(new WebAuthenticationDetails(http));
		var principal = (AccountPrincipal) this.authenticationManager.authenticate(credentials).getPrincipal();
		if (principal.role() == Role.ADMIN || principal.role() == Role.SUPPORT) {
			// an operator's token changes members' points and printers' keys: as on the
			// admin site, their password alone is not enough
			String code = request.code();
			if (code == null || !this.secondFactors.verify(principal.id(), code)) {
				throw new SecondFactorRequired(this.secondFactors.enrolled(principal.id()));
			}
		}
		return tokens(this.refreshTokens.issue(principal.id()));
	}

	@ApiResponse(responseCode = "401",
			description = "The refresh token is not valid: unknown, expired, used before or revoked.")
	@ApiResponse(responseCode = "200", description = "New tokens; the refresh token presented stops working.",
			useReturnTypeSchema = true)
	@PostMapping("/api/v1/auth/refresh")
	ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
		return tokens(this.refreshTokens.rotate(request.refreshToken()));
	}

	/**
	 * Logs out: the refresh token's family, and the access token the request carries (if
	 * it carries one), stop working at once.
	 */
	@PostMapping("/api/v1/auth/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@Valid @RequestBody RefreshRequest request) {
		this.refreshTokens.revoke(request.refreshToken());
		this.accessTokens.revokePresented();
	}

	/**
	 * An operator asked for a token without the current code of their second factor, or
	 * before setting one up.
	 */
	static final class SecondFactorRequired extends DomainException {

		SecondFactorRequired(boolean enrolled) {
			super(Kind.UNAUTHENTICATED, null,
					enrolled ? "An operator's token needs the current code of their second factor ('code'), used once."
							: "Set up your second factor on the admin site (/admin) first.",
					enrolled ? null : "problem.operator-second-factor");
		}

	}

	private ResponseEntity<TokenResponse> tokens(RefreshTokens.Issued refresh) {
		AccessToken access = this.accessTokens.issue(refresh.accountId(), refresh.role());
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new TokenResponse(access.value(), "Bearer", access.expiresIn().toSeconds(), refresh.token(),
					refresh.expiresAt()));
	}

}
