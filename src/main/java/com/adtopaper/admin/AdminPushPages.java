package com.adtopaper.admin;

import com.adtopaper.member.Schools;
import com.adtopaper.notification.Broadcasts;
import com.adtopaper.notification.Broadcasts.Segment;
import com.adtopaper.platform.security.CurrentAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The push composer: a message to everyone, a school or an admission year, previewed as
 * the phone shows it with the members it reaches (those who opted out are left out, and
 * counted), then sent through the job queue; the latest messages with what they
 * delivered.
 */
@Controller
@Validated
class AdminPushPages {

	private final Broadcasts broadcasts;

	private final Schools schools;

	private final Operators operators;

	private final AuditedChanges changes;

	AdminPushPages(Broadcasts broadcasts, Schools schools, Operators operators, AuditedChanges changes) {
		this.broadcasts = broadcasts;
		this.schools = schools;
		this.operators = operators;
		this.changes = changes;
	}

	@GetMapping("/admin/push")
	String composer(@RequestParam(required = false) @Positive @Nullable Long school,
			@RequestParam(required = false) @Min(1990) @Max(2100) @Nullable Integer year,
			@RequestParam(required = false) @Size(max = 100) @Nullable String title,
			@RequestParam(required = false) @Size(max = 500) @Nullable String body, Model model) {
		model.addAttribute("schools", this.schools.all());
		model.addAttribute("school", school);
		model.addAttribute("year", year);
		model.addAttribute("title", title);
		model.addAttribute("body", body);
		if (title != null && !title.isBlank()) {
			model.addAttribute("audience", this.broadcasts.preview(new Segment(school, year)));
		}
		model.addAttribute("latest", this.broadcasts.latest(20));
		return "admin/push";
	}

	@PostMapping("/admin/push")
	String send(CurrentAccount me, HttpServletRequest request,
			@RequestParam(required = false) @Positive @Nullable Long school,
			@RequestParam(required = false) @Min(1990) @Max(2100) @Nullable Integer year,
			@RequestParam @NotBlank @Size(max = 100) String title, @RequestParam @NotBlank @Size(max = 500) String body,
			RedirectAttributes redirect) {
		Segment segment = new Segment(school, year);
		this.changes.make(this.operators.actor(me, request), "push.send", "segment",
				"school=" + school + ",year=" + year, null,
				() -> this.broadcasts.send(me.id(), segment, title.strip(), body.strip()),
				(id) -> java.util.Map.of("message", id, "title", title.strip(), "body", body.strip()), null);
		redirect.addFlashAttribute("notice", "admin.push.sent");
		return "redirect:/admin/push";
	}

}
