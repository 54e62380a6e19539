package com.adtopaper.printing.internal;

import com.adtopaper.printing.Documents;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On one node, every {@code adtopaper.printing.document-sweep-every}: the files of
 * documents past {@code adtopaper.printing.document-retention} that their members did not
 * keep are deleted, and the documents marked expired. Each document is its own
 * transaction.
 */
@Component
class DocumentRetention {

	private static final Logger logger = LoggerFactory.getLogger(DocumentRetention.class);

	private final Documents documents;

	DocumentRetention(Documents documents) {
		this.documents = documents;
	}

	@Scheduled(fixedDelayString = "${adtopaper.printing.document-sweep-every:1h}", initialDelayString = "1m")
	@SchedulerLock(name = "document-retention", lockAtMostFor = "PT30M")
	void run() {
		int deleted = 0;
		for (long id : this.documents.dueForDeletion()) {
			try {
				if (this.documents.expire(id)) {
					deleted++;
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Document {} was not deleted this time: {}", id, ex.toString());
			}
		}
		if (deleted > 0) {
			logger.info("Deleted the files of {} documents past their retention", deleted);
		}
	}

}
