package com.adtopaper.platform;

/**
 * What a process of the one deployable does: serve HTTP, consume jobs, or both
 * ({@code adtopaper.roles}).
 */
public enum NodeRole {

	WEB, WORKER

}
