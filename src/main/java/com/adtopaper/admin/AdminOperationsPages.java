package com.adtopaper.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.adtopaper.jobqueue.DeadJob;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.QueueStats;
import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.points.Morning;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operations on the admin site: the job queues with their dead jobs (each with its error,
 * retried or discarded), and the morning: what it credited on each of the last days, and
 * a day's morning started by hand (it credits nobody twice).
 */
@Controller
@Validated
class AdminOperationsPages {

	static final int DEAD_SHOWN = 20;

	static final int MORNINGS_SHOWN = 7;

	private final JobQueue queues;

	private final Morning morning;

	private final Clock clock;

	private final Operators operators;

	private final AuditedChanges changes;

	AdminOperationsPages(JobQueue queues, Morning morning, Clock clock, Operators operators, AuditedChanges changes) {
		this.queues = queues;
		this.morning = morning;
		this.clock = clock;
		this.operators = operators;
		this.changes = changes;
	}

	@GetMapping("/admin/operations")
	String operations(Model model) {
		List<QueueStats> stats = this.queues.stats();
		Map<String, List<DeadJob>> dead = new LinkedHashMap<>();
		for (QueueStats queue : stats) {
			if (queue.dead() > 0) {
				dead.put(queue.queue(), this.queues.deadJobs(queue.queue(), DEAD_SHOWN));
			}
		}
		LocalDate today = LocalDate.now(this.clock.withZone(AdminSiteController.SEOUL));
		model.addAttribute("queues", stats);
		model.addAttribute("dead", dead);
		model.addAttribute("today", today);
		model.addAttribute("mornings", this.morning.summaries(today.minusDays(MORNINGS_SHOWN - 1), today));
		return "admin/operations";
	}

	@PostMapping("/admin/operations/queues/{queue}/dead/{jobId}/retry")
	String retry(CurrentAccount me, HttpServletRequest request, @PathVariable @Size(max = 100) String queue,
			@PathVariable @Size(max = 100) String jobId, RedirectAttributes redirect) {
		String known = known(queue);
		found(this.changes.make(this.operators.actor(me, request), "queue.retry", "job", known + ":" + jobId, null,
				() -> this.queues.retryDead(known, jobId), null));
		redirect.addFlashAttribute("notice", "admin.operations.retried");
		return "redirect:/admin/operations";
	}

	@PostMapping("/admin/operations/queues/{queue}/dead/{jobId}/discard")
	String discard(CurrentAccount me, HttpServletRequest request, @PathVariable @Size(max = 100) String queue,
			@PathVariable @Size(max = 100) String jobId, RedirectAttributes redirect) {
		String known = known(queue);
		found(this.changes.make(this.operators.actor(me, request), "queue.discard", "job", known + ":" + jobId, null,
				() -> this.queues.discardDead(known, jobId), null));
		redirect.addFlashAttribute("notice", "admin.operations.discarded");
		return "redirect:/admin/operations";
	}

	/** Starts a day's morning; a day credited already credits nobody again. */
	@PostMapping("/admin/operations/morning")
	String runMorning(CurrentAccount me, HttpServletRequest request,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(this.clock.withZone(AdminSiteController.SEOUL));
		if (day.isAfter(today) || day.isBefore(today.minusDays(MORNINGS_SHOWN - 1))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Only a morning of the last week can be run.");
		}
		this.changes.make(this.operators.actor(me, request), "morning.start", "morning", day, null,
				() -> this.morning.start(day), null);
		redirect.addFlashAttribute("notice", "admin.operations.morning-started");
		return "redirect:/admin/operations";
	}

	private String known(String queue) {
		if (this.queues.stats().stream().noneMatch((stats) -> stats.queue().equals(queue))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no queue " + queue + ".");
		}
		return queue;
	}

	private static void found(boolean found) {
		if (!found) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such dead job.");
		}
	}

}
