package com.adtopaper.web;

import java.util.Locale;

import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.web.PageResponse;
import com.adtopaper.points.Points;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member's points: the balance and every change of it, explained in words. */
@Controller
class PointsPageController {

	private static final int PAGE_SIZE = 20;

	private final Points points;

	private final LedgerLines lines;

	PointsPageController(Points points, LedgerLines lines) {
		this.points = points;
		this.lines = lines;
	}

	@GetMapping("/points")
	String points(CurrentAccount me, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		model.addAttribute("balance", this.points.balance(me.id()));
		model.addAttribute("history",
				PageResponse.of(this.points.history(me.id(), Math.clamp(page, 0, PageResponse.MAX_PAGE), PAGE_SIZE)
					.map((entry) -> this.lines.explain(entry, locale))));
		return "web/points";
	}

}
