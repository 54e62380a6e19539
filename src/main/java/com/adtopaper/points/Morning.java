package com.adtopaper.points;

import java.time.LocalDate;

import com.adtopaper.jobqueue.JobQueue;
import com.adtopaper.points.internal.MorningJobTypes;

import org.springframework.stereotype.Service;

/**
 * The morning: every day at 08:30 in Seoul every member gets the day's free points, once,
 * and (through {@link MorningPointsGranted}) a push saying so. The work runs as jobs: one
 * job splits the members into ranges, one job per range credits it with a few set-based
 * statements.
 */
@Service
public class Morning {

	private final JobQueue jobs;

	Morning(JobQueue jobs) {
		this.jobs = jobs;
	}

	/**
	 * Starts the morning of a day. Starting it again (a second node, a retry, an
	 * operator) credits nobody twice.
	 * @return the id of the day's morning job
	 */
	public String start(LocalDate day) {
		return this.jobs.enqueue(MorningJobTypes.START.with(new MorningJobTypes.Start(day)).unique("morning:" + day));
	}

}
