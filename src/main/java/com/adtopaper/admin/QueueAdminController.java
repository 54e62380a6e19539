package com.adtopaper.admin;

import java.util.List;

import com.adtopaper.jobqueue.DeadJob;
import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.jobqueue.QueueStats;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.adtopaper.platform.security.CurrentAccount;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Operators watch the job queues and deal with dead jobs. */
@RestController
class QueueAdminController {

	private final JobQueue jobs;

	private final Operators operators;

	private final AuditedChanges changes;

	QueueAdminController(JobQueue jobs, Operators operators, AuditedChanges changes) {
		this.jobs = jobs;
		this.operators = operators;
		this.changes = changes;
	}

	@GetMapping("/api/v1/admin/queues")
	List<QueueStats> queues() {
		return this.jobs.stats();
	}

	@GetMapping("/api/v1/admin/queues/{queue}/dead")
	List<DeadJob> dead(@PathVariable String queue, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return this.jobs.deadJobs(known(queue), limit);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PostMapping("/api/v1/admin/queues/{queue}/dead/{jobId}/retry")
	ResponseEntity<Void> retry(CurrentAccount me, HttpServletRequest request, @PathVariable String queue,
			@PathVariable String jobId) {
		String known = known(queue);
		return found(this.changes.make(this.operators.actor(me, request), "queue.retry", "job", known + ":" + jobId,
				null, () -> this.jobs.retryDead(known, jobId), null));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/api/v1/admin/queues/{queue}/dead/{jobId}")
	ResponseEntity<Void> discard(CurrentAccount me, HttpServletRequest request, @PathVariable String queue,
			@PathVariable String jobId) {
		String known = known(queue);
		return found(this.changes.make(this.operators.actor(me, request), "queue.discard", "job", known + ":" + jobId,
				null, () -> this.jobs.discardDead(known, jobId), null));
	}

	private String known(String queue) {
		if (this.jobs.stats().stream().noneMatch((stats) -> stats.queue().equals(queue))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no queue " + queue + ".");
		}
		return queue;
	}

	private static ResponseEntity<Void> found(boolean found) {
		if (!found) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such dead job.");
		}
		return ResponseEntity.noContent().build();
	}

}
