package com.adtopaper.web;

import java.util.Locale;

import com.adtopaper.platform.security.CurrentAccount;
import com.adtopaper.printing.PrintJob;
import com.adtopaper.printing.PrintJobs;
import com.adtopaper.printing.PrinterQueues;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A job's live state, the fragment the print page asks for every two seconds (htmx) until
 * the job ends. Another member's job is not found.
 */
@Controller
class JobStateController {

	private final PrintJobs jobs;

	private final PrinterQueues queues;

	JobStateController(PrintJobs jobs, PrinterQueues queues) {
		this.jobs = jobs;
		this.queues = queues;
	}

	@GetMapping("/print/jobs/{id}/state")
	String state(CurrentAccount me, @PathVariable String id, Locale locale, Model model) {
		PrintJob job = this.jobs.get(me.id(), id);
		model.addAttribute("state", JobState.of(job, this.queues.position(job), locale));
		return "web/job-state :: state";
	}

}
