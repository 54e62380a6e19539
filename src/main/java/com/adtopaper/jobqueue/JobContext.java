package com.adtopaper.jobqueue;

/** The job a handler is running. */
public interface JobContext {

	/** The job's id, the same on every attempt. */
	String id();

	/** The name of its {@link JobType}. */
	String type();

	/** 1 on the first attempt. */
	int attempt();

}
