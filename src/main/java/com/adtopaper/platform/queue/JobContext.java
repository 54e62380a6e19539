package com.adtopaper.platform.queue;

/** The job a handler is running. */
public interface JobContext {

	/** The job's id, the same on every attempt. */
	String id();

	String type();

	String payload();

	/** 1 on the first attempt. */
	int attempt();

}
