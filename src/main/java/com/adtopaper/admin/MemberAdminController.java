package com.adtopaper.admin;

import com.adtopaper.member.Account;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.MemberProfile;
import com.adtopaper.member.Members;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.web.PageResponse;
import com.adtopaper.points.Balance;
import com.adtopaper.points.LedgerEntry;
import com.adtopaper.points.Points;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators look members up, correct their points, block abusers. */
@RestController
class MemberAdminController {

	private final Members members;

	private final SchoolVerification verification;

	private final Points points;

	private final Accounts accounts;

	private final Operators operators;

	private final AuditedChanges changes;

	MemberAdminController(Members members, SchoolVerification verification, Points points, Accounts accounts,
			Operators operators, AuditedChanges changes) {
		this.members = members;
		this.verification = verification;
		this.points = points;
		this.accounts = accounts;
		this.operators = operators;
		this.changes = changes;
	}

	/**
	 * Blocks an account found abusing: its tokens stop working at once, on every node.
	 */
	@PostMapping("/api/v1/admin/accounts/{accountId}/block")
	Account block(CurrentAccount me, HttpServletRequest request, @PathVariable long accountId) {
		return this.changes.make(this.operators.actor(me, request), "account.block", "account", accountId,
				() -> this.accounts.find(accountId).orElse(null), () -> this.accounts.block(accountId), null);
	}

	@PostMapping("/api/v1/admin/accounts/{accountId}/unblock")
	Account unblock(CurrentAccount me, HttpServletRequest request, @PathVariable long accountId) {
		return this.changes.make(this.operators.actor(me, request), "account.unblock", "account", accountId,
				() -> this.accounts.find(accountId).orElse(null), () -> this.accounts.unblock(accountId), null);
	}

	/** Confirms by hand that a member belongs to their school (no mail needed). */
	@PostMapping("/api/v1/admin/members/{memberId}/verification")
	MemberProfile confirmSchool(CurrentAccount me, HttpServletRequest request, @PathVariable long memberId) {
		return this.changes.make(this.operators.actor(me, request), "member.confirm-school", "account", memberId,
				() -> this.members.profile(memberId), () -> {
					this.verification.confirmSchool(memberId);
					return this.members.profile(memberId);
				}, null);
	}

	record Adjustment(@NotNull @Min(-1_000_000) @Max(1_000_000) Long change, @NotBlank @Size(max = 200) String reason) {
	}

	@GetMapping("/api/v1/admin/members/{memberId}")
	MemberProfile member(@PathVariable long memberId) {
		return this.members.profile(memberId);
	}

	@GetMapping("/api/v1/admin/members/{memberId}/points")
	Balance balance(@PathVariable long memberId) {
		this.members.profile(memberId);
		return this.points.balance(memberId);
	}

	@GetMapping("/api/v1/admin/members/{memberId}/points/history")
	PageResponse<LedgerEntry> history(@PathVariable long memberId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		this.members.profile(memberId);
		return PageResponse.of(this.points.history(memberId, page, size));
	}

	/**
	 * Adds or removes points. The {@code Idempotency-Key} header makes a retried request
	 * count once.
	 */
	@PostMapping("/api/v1/admin/members/{memberId}/points/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
	LedgerEntry adjust(CurrentAccount operator, HttpServletRequest request, @PathVariable long memberId,
			@RequestHeader("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_.:-]{8,64}") String idempotencyKey,
			@Valid @RequestBody Adjustment adjustment) {
		this.members.profile(memberId);
		// the reason is the member's to read; which operator made it is not: it goes to
		// the audit log, with the balance before and after
		LedgerEntry[] entry = new LedgerEntry[1];
		this.changes.make(this.operators.actor(operator, request), "points.adjust", "account", memberId,
				() -> this.points.balance(memberId), () -> {
					entry[0] = this.points.adjust(memberId, adjustment.change(), "admin-adjustment:" + idempotencyKey,
							adjustment.reason());
					return this.points.balance(memberId);
				}, adjustment.reason());
		return entry[0];
	}

}
