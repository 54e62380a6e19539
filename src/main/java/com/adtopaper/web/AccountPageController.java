package com.adtopaper.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.adtopaper.member.Accounts;
import com.adtopaper.member.Members;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.security.Role;
import com.adtopaper.platform.web.PageResponse;
import com.adtopaper.points.EntryKind;
import com.adtopaper.points.LedgerEntry;
import com.adtopaper.points.Points;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in account's page: for a member, their profile, points and history. */
@Controller
class AccountPageController {

	private static final int PAGE_SIZE = 20;

	private static final DateTimeFormatter KOREAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Seoul"));

	/** What an operator's adjustment once carried after its reason: not for members. */
	private static final Pattern OPERATOR = Pattern.compile("\\s*\\(operator \\d+\\)\\s*$");

	/**
	 * A history line as the page shows it, in Korean time. An operator's adjustment reads
	 * as AdToPaper's ({@code reasonKey}), never naming the operator.
	 */
	record HistoryRow(String when, @Nullable String reasonKey, String reason, long change) {

		static HistoryRow of(LedgerEntry entry) {
			String when = KOREAN_TIME.format(entry.createdAt());
			if (entry.kind() == EntryKind.ADJUSTMENT) {
				return new HistoryRow(when, "account.history.adjustment",
						OPERATOR.matcher(entry.reason()).replaceAll(""), entry.availableChange());
			}
			return new HistoryRow(when, null, entry.reason(), entry.availableChange());
		}

	}

	private final Accounts accounts;

	private final Members members;

	private final SchoolVerification verification;

	private final Points points;

	AccountPageController(Accounts accounts, Members members, SchoolVerification verification, Points points) {
		this.accounts = accounts;
		this.members = members;
		this.verification = verification;
		this.points = points;
	}

	@GetMapping("/account")
	String account(CurrentAccount me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("account", this.accounts.find(me.id()).orElseThrow());
		if (me.role() == Role.MEMBER) {
			model.addAttribute("member", this.members.profile(me.id()));
			model.addAttribute("balance", this.points.balance(me.id()));
			model.addAttribute("history",
					PageResponse.of(this.points.history(me.id(), Math.clamp(page, 0, PageResponse.MAX_PAGE), PAGE_SIZE)
						.map(HistoryRow::of)));
		}
		return "web/account";
	}

	@PostMapping("/account/verification-mail")
	String sendVerification(CurrentAccount me) {
		this.verification.sendVerification(me.id());
		return "redirect:/account?mailed";
	}

	@PostMapping("/account/push")
	String choosePush(CurrentAccount me, @RequestParam boolean optedOut) {
		this.members.choosePush(me.id(), optedOut);
		return "redirect:/account";
	}

}
