package com.adtopaper.appapi;

import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.platform.web.PageResponse;
import com.adtopaper.points.Balance;
import com.adtopaper.points.LedgerEntry;
import com.adtopaper.points.Points;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in member's points: balance and history. */
@RestController
class PointsController {

	private final Points points;

	PointsController(Points points) {
		this.points = points;
	}

	@GetMapping("/api/v1/me/points")
	Balance balance(CurrentAccount me) {
		return this.points.balance(me.id());
	}

	@GetMapping("/api/v1/me/points/history")
	PageResponse<LedgerEntry> history(CurrentAccount me,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(this.points.history(me.id(), page, size));
	}

}
