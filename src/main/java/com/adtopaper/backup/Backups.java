package com.adtopaper.backup;

import java.util.List;
import java.util.Optional;

/** What operators see of the backups: whether they run here, and the last runs. */
public interface Backups {

	/** Whether this deployment backs up (a bucket and a key are configured). */
	boolean enabled();

	/** The newest runs first, on any node. */
	List<BackupRun> recent(int limit);

	/** The newest run that succeeded. */
	Optional<BackupRun> lastSucceeded();

}
