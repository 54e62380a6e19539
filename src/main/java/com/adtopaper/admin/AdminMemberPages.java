package com.adtopaper.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.adtopaper.audit.AuditLog;
import com.adtopaper.member.Accounts;
import com.adtopaper.member.MemberDirectory;
import com.adtopaper.member.MemberProfile;
import com.adtopaper.member.Members;
import com.adtopaper.member.PushDevices;
import com.adtopaper.notification.TestPushes;
import com.adtopaper.member.Schools;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.points.Points;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members on the admin site: search, a member's page (profile, devices, points and
 * ledger, jobs, what operators did to the account), and the actions on it. Every action
 * goes through {@link AuditedChanges}; each form carries a key made when the page was
 * drawn, so that a form sent twice changes points once.
 */
@Controller
@Validated
class AdminMemberPages {

	static final int PAGE = 25;

	private final MemberDirectory directory;

	private final Members members;

	private final Schools schools;

	private final Accounts accounts;

	private final PushDevices devices;

	private final Points points;

	private final PrintJobs jobs;

	private final AuditLog audit;

	private final Operators operators;

	private final AuditedChanges changes;

	private final TestPushes testPushes;

	AdminMemberPages(MemberDirectory directory, Members members, Schools schools, Accounts accounts,
			PushDevices devices, Points points, PrintJobs jobs, AuditLog audit, Operators operators,
			AuditedChanges changes, TestPushes testPushes) {
		this.testPushes = testPushes;
		this.directory = directory;
		this.members = members;
		this.schools = schools;
		this.accounts = accounts;
		this.devices = devices;
		this.points = points;
		this.jobs = jobs;
		this.audit = audit;
		this.operators = operators;
		this.changes = changes;
	}

	@GetMapping("/admin/members")
	String search(@RequestParam(required = false) @Size(max = 200) @Nullable String q,
			@RequestParam(required = false) @Positive @Nullable Long school,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("school", school);
		model.addAttribute("schools", this.schools.all());
		model.addAttribute("members", this.directory.search(q, school, page, PAGE));
		return "admin/members";
	}

	/** A job on the member's page, with what an operator may still give back of it. */
	record JobRow(PrintJob job, long refundable) {
	}

	@GetMapping("/admin/members/{memberId}")
	String member(@PathVariable long memberId, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int ledger,
			Model model) {
		MemberProfile profile = this.members.profile(memberId);
		model.addAttribute("member", profile);
		model.addAttribute("account", this.accounts.find(memberId).orElseThrow());
		model.addAttribute("balance", this.points.balance(memberId));
		model.addAttribute("ledger", this.points.history(memberId, ledger, PAGE));
		model.addAttribute("jobs",
				this.jobs.list(memberId, 0, PAGE)
					.map((job) -> new JobRow(job, this.points.refundable(job.holdKey())))
					.getContent());
		model.addAttribute("devices", this.devices.devices(memberId));
		model.addAttribute("audit", this.audit.ofObject("account", memberId, PAGE));
		model.addAttribute("formKey", UUID.randomUUID().toString());
		return "admin/member";
	}

	@PostMapping("/admin/members/{memberId}/block")
	String block(CurrentAccount me, HttpServletRequest request, @PathVariable long memberId,
			@RequestParam(defaultValue = "") @Size(max = 500) String comment, RedirectAttributes redirect) {
		this.members.profile(memberId);
		this.changes.make(this.operators.actor(me, request), "account.block", "account", memberId,
				() -> this.accounts.find(memberId).orElse(null), () -> this.accounts.block(memberId),
				blankToNull(comment));
		return done(redirect, memberId, "admin.member.blocked");
	}

	@PostMapping("/admin/members/{memberId}/unblock")
	String unblock(CurrentAccount me, HttpServletRequest request, @PathVariable long memberId,
			@RequestParam(defaultValue = "") @Size(max = 500) String comment, RedirectAttributes redirect) {
		this.members.profile(memberId);
		this.changes.make(this.operators.actor(me, request), "account.unblock", "account", memberId,
				() -> this.accounts.find(memberId).orElse(null), () -> this.accounts.unblock(memberId),
				blankToNull(comment));
		return done(redirect, memberId, "admin.member.unblocked");
	}

	@PostMapping("/admin/members/{memberId}/points")
	String adjust(CurrentAccount me, HttpServletRequest request, @PathVariable long memberId,
			@RequestParam @Min(-1_000_000) @Max(1_000_000) long change,
			@RequestParam @NotBlank @Size(max = 200) String reason,
			@RequestParam @Pattern(regexp = "[A-Za-z0-9-]{8,64}") String formKey, RedirectAttributes redirect) {
		this.members.profile(memberId);
		this.changes.make(this.operators.actor(me, request), "points.adjust", "account", memberId,
				() -> this.points.balance(memberId), () -> {
					this.points.adjust(memberId, change, "admin-adjustment:" + formKey, reason.strip());
					return this.points.balance(memberId);
				}, reason.strip());
		return done(redirect, memberId, "admin.member.adjusted");
	}

	/** Gives back all or part of what a job charged, with the operator's comment. */
	@PostMapping("/admin/members/{memberId}/jobs/{jobId}/refund")
	String refund(CurrentAccount me, HttpServletRequest request, @PathVariable long memberId,
			@PathVariable @Size(max = 64) String jobId, @RequestParam @Positive @Max(1_000_000) long points,
			@RequestParam @NotBlank @Size(max = 200) String comment,
			@RequestParam @Pattern(regexp = "[A-Za-z0-9-]{8,64}") String formKey, RedirectAttributes redirect) {
		// the job must be this member's: another member's job id is not found
		PrintJob job = this.jobs.get(memberId, jobId);
		this.changes.make(this.operators.actor(me, request), "points.refund", "account", memberId,
				() -> this.points.balance(memberId), () -> {
					this.points.refund(job.holdKey(), points, "admin-refund:" + formKey, comment.strip());
					Map<String, Object> after = new LinkedHashMap<>();
					after.put("job", job.id());
					after.put("refunded", points);
					after.put("balance", this.points.balance(memberId));
					return after;
				}, comment.strip());
		return done(redirect, memberId, "admin.member.refunded");
	}

	@PostMapping("/admin/members/{memberId}/devices/{deviceId}/revoke")
	String revokeDevice(CurrentAccount me, HttpServletRequest request, @PathVariable long memberId,
			@PathVariable long deviceId, RedirectAttributes redirect) {
		this.members.profile(memberId);
		this.changes.make(this.operators.actor(me, request), "device.revoke", "account", memberId,
				() -> this.devices.devices(memberId).stream().filter((d) -> d.id() == deviceId).toList(), () -> {
					this.devices.removeDevice(memberId, deviceId);
					return List.of();
				}, null);
		return done(redirect, memberId, "admin.member.device-revoked");
	}

	/**
	 * Sends a test notification to the member's device at once; the page says what the
	 * push service answered, and the audit log keeps it.
	 */
	@PostMapping("/admin/members/{memberId}/devices/{deviceId}/test")
	String testDevice(CurrentAccount me, HttpServletRequest request, @PathVariable long memberId,
			@PathVariable long deviceId, RedirectAttributes redirect) {
		this.members.profile(memberId);
		TestPushes.Result[] result = new TestPushes.Result[1];
		this.changes.make(this.operators.actor(me, request), "device.test-push", "account", memberId,
				() -> Map.of("device", deviceId), () -> {
					result[0] = this.testPushes.send(memberId, deviceId);
					return Map.of("device", deviceId, "result", result[0]);
				}, null);
		return done(redirect, memberId, "admin.member.device-test." + result[0]);
	}

	private static String done(RedirectAttributes redirect, long memberId, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/admin/members/" + memberId;
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

}
